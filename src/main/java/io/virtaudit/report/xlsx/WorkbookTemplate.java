package io.virtaudit.report.xlsx;

import io.virtaudit.importer.InputError;
import io.virtaudit.importer.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel template a report is written over, read and checked once so that a user's broken
 * template is an input error before any report is written, and opened afresh for every report.
 */
public final class WorkbookTemplate {

    /** The classpath resource of the built-in template. */
    public static final String BUILT_IN = "reports-templates/virtaudit-report.xlsx";

    private final String origin;
    private final byte[] content;

    private WorkbookTemplate(String origin, byte[] content) {
        this.origin = origin;
        this.content = content;
    }

    /** The template shipped in the jar; its absence is a build fault, not a user's. */
    public static WorkbookTemplate builtIn() {
        try (InputStream in = WorkbookTemplate.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in template " + BUILT_IN + " is not on the classpath");
            }
            return new WorkbookTemplate(BUILT_IN, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in template " + BUILT_IN, e);
        }
    }

    /**
     * A user's template ({@code --template FILE}).
     *
     * @throws InputException when the file cannot be read or is not a workbook, and naming every
     *                        sheet and named cell it lacks
     */
    public static WorkbookTemplate of(Path path) {
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(path.toString(), "", "cannot read the Excel template ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        WorkbookTemplate template = new WorkbookTemplate(path.toString(), content);
        try (XSSFWorkbook workbook = template.open()) {
            List<InputError> problems = problems(path.toString(), workbook);
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
        } catch (IOException e) {
            throw new InputException(path.toString(), "", "cannot read the Excel template: " + e.getMessage(), e);
        }
        return template;
    }

    /** Everything the writer needs and the workbook lacks: sheets, named cells, usable headings. */
    static List<InputError> problems(String file, XSSFWorkbook workbook) {
        List<InputError> problems = new ArrayList<>();
        List<String> missing = WorkbookLayout.SHEETS.stream().filter(s -> workbook.getSheet(s) == null).toList();
        if (!missing.isEmpty()) {
            problems.add(new InputError(file, "", "the Excel template has no sheet named '"
                    + String.join("', '", missing) + "' (it needs " + String.join(", ", WorkbookLayout.SHEETS) + ")"));
        }
        for (String name : WorkbookLayout.REQUIRED_NAMES) {
            String problem = nameProblem(workbook, name);
            if (problem != null) {
                problems.add(new InputError(file, "", problem));
            }
        }
        for (String name : WorkbookLayout.OPTIONAL_NAMES) {
            if (workbook.getName(name) != null) {
                String problem = nameProblem(workbook, name);
                if (problem != null) {
                    problems.add(new InputError(file, "", problem));
                }
            }
        }
        for (String sheet : WorkbookLayout.SHEETS) {
            if (WorkbookLayout.isList(sheet) && workbook.getSheet(sheet) != null) {
                String problem = headingProblem(workbook.getSheet(sheet));
                if (problem != null) {
                    problems.add(new InputError(file, sheet, problem));
                }
            }
        }
        return problems;
    }

    private static String nameProblem(XSSFWorkbook workbook, String name) {
        XSSFName defined = workbook.getName(name);
        if (defined == null) {
            return "the Excel template has no named cell '" + name + "' (it needs "
                    + String.join(", ", WorkbookLayout.REQUIRED_NAMES) + " on the " + WorkbookLayout.COVER
                    + " sheet)";
        }
        AreaReference area;
        try {
            area = new AreaReference(defined.getRefersToFormula(), workbook.getSpreadsheetVersion());
        } catch (RuntimeException e) {
            return "the named cell '" + name + "' does not refer to cells (" + defined.getRefersToFormula() + ")";
        }
        String sheet = area.getFirstCell().getSheetName();
        if (!WorkbookLayout.COVER.equals(sheet)) {
            return "the named cell '" + name + "' must be on the " + WorkbookLayout.COVER + " sheet, not "
                    + defined.getRefersToFormula();
        }
        if (!WorkbookLayout.LOGO_AREA.equals(name) && !area.isSingleCell()
                && !isMergedRegion(workbook.getSheet(sheet), area)) {
            return "the named cell '" + name + "' must be one cell (or one merged cell), not "
                    + defined.getRefersToFormula();
        }
        return null;
    }

    private static boolean isMergedRegion(XSSFSheet sheet, AreaReference area) {
        return sheet != null && sheet.getMergedRegions().stream().anyMatch(r -> r.getFirstRow() == area.getFirstCell()
                .getRow() && r.getFirstColumn() == area.getFirstCell().getCol()
                && r.getLastRow() == area.getLastCell().getRow() && r.getLastColumn() == area.getLastCell().getCol());
    }

    /** Table column names come from the header, so its headings must differ from one another. */
    private static String headingProblem(XSSFSheet sheet) {
        if (sheet.getPhysicalNumberOfRows() == 0) {
            return null;
        }
        XSSFRow header = sheet.getRow(sheet.getLastRowNum());
        Set<String> seen = new HashSet<>();
        int width = WorkbookLayout.columns(sheet.getSheetName()).size();
        for (int i = 0; i < width; i++) {
            XSSFCell cell = header.getCell(i);
            String text = cell == null ? "" : cell.toString().strip();
            if (!text.isEmpty() && !seen.add(text.toLowerCase(java.util.Locale.ROOT))) {
                return "the heading '" + text + "' appears twice in the header row (row "
                        + (header.getRowNum() + 1) + "); a table needs distinct headings";
            }
        }
        return null;
    }

    /** Where the template came from: a file path or the built-in resource. */
    public String origin() {
        return origin;
    }

    /** The template's file name, for the Method sheet. */
    String fileName() {
        return BUILT_IN.equals(origin) ? "built-in (" + BUILT_IN + ")" : Path.of(origin).getFileName().toString();
    }

    /** A fresh workbook from the template, which the caller closes. */
    public XSSFWorkbook open() {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw new InputException(origin, "", "the Excel template is not an .xlsx workbook ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }
}
