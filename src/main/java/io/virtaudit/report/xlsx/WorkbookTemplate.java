package io.virtaudit.report.xlsx;

import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

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

    /** The largest template read: it is held in memory, and a real one is well under 1 MiB. */
    static final long MAX_BYTES = 64L << 20;

    /**
     * A user's template ({@code --template FILE}).
     *
     * @throws InputException when the file cannot be read or is not a workbook, and naming every
     *                        sheet and named cell it lacks
     */
    public static WorkbookTemplate of(Path path) {
        byte[] content;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new InputException(path.toString(), "", "the Excel template is larger than "
                        + (MAX_BYTES >> 20) + " MiB; a template holds styles, a logo and empty sheets, a few MiB at most");
            }
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

    /**
     * Everything the writer needs and the workbook lacks: a plain workbook without macros, sheets,
     * named cells, room below each sheet's own rows, usable headings.
     */
    static List<InputError> problems(String file, XSSFWorkbook workbook) {
        String kind = packageProblem(workbook);
        if (kind != null) {
            return List.of(new InputError(file, "", kind));
        }
        List<InputError> problems = new ArrayList<>();
        // the optional sheets are not asked for: a template made before them stays valid
        List<String> missing = WorkbookLayout.REQUIRED_SHEETS.stream().filter(s -> workbook.getSheet(s) == null)
                .toList();
        if (!missing.isEmpty()) {
            problems.add(new InputError(file, "", "the Excel template has no sheet named '"
                    + String.join("', '", missing) + "' (it needs " + String.join(", ", WorkbookLayout.REQUIRED_SHEETS)
                    + ")"));
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
            InputError below = roomProblem(file, workbook.getSheet(sheet));
            if (below != null) {
                problems.add(below);
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

    /**
     * Why the package cannot be a report's, or null: the report is an {@code .xlsx}, which Excel
     * refuses to open when its main part is of another kind, and it must never carry a customer's
     * macros (a VBA project, Excel 4 macro sheets), which POI would copy into it part for part.
     * A macro-free Excel template ({@code .xltx}) is fine: {@link #open} makes it a workbook.
     */
    private static String packageProblem(XSSFWorkbook workbook) {
        List<PackagePart> parts;
        try {
            parts = workbook.getPackage().getParts();
        } catch (InvalidFormatException e) {
            return "the Excel template is not an .xlsx workbook (its parts cannot be listed)";
        }
        for (PackagePart part : parts) {
            String type = part.getContentType().toLowerCase(Locale.ROOT);
            if (type.contains("macro") || type.contains("vbaproject")
                    || part.getPartName().getName().toLowerCase(Locale.ROOT).contains("vbaproject")) {
                return "the Excel template holds macros; a report must not carry them: save the template as an "
                        + "Excel Workbook (.xlsx)";
            }
        }
        String main = workbook.getPackagePart().getContentType();
        if (!main.equals(XSSFRelation.WORKBOOK.getContentType())
                && !main.equals(XSSFRelation.TEMPLATE_WORKBOOK.getContentType())) {
            return "the Excel template is not a plain workbook: save it as an Excel Workbook (.xlsx)";
        }
        return null;
    }

    /**
     * The report's rows go below a sheet's own rows (its title and header: the header is the
     * last row), so those must end within the first {@value WorkbookLayout#OWN_ROWS} rows; a cell
     * further down (one on row 1,048,576 made the header the sheet's last row, with no room below
     * it) is an error naming it. The cover, filled only in its named cells, may hold anything.
     */
    private static InputError roomProblem(String file, XSSFSheet sheet) {
        if (sheet == null || WorkbookLayout.COVER.equals(sheet.getSheetName()) || sheet.getPhysicalNumberOfRows() == 0
                || sheet.getLastRowNum() < WorkbookLayout.OWN_ROWS) {
            return null;
        }
        XSSFRow last = sheet.getRow(sheet.getLastRowNum());
        int row = last.getRowNum() + 1;
        String where = last.getFirstCellNum() >= 0
                ? new CellReference(last.getRowNum(), last.getFirstCellNum()).formatAsString(false)
                : row + ":" + row;
        return new InputError(file, sheet.getSheetName() + "!" + where, "the template has something on row "
                + row + " of the " + sheet.getSheetName() + " sheet; the report's rows go below a sheet's title "
                + "and header rows, which must be within its first " + WorkbookLayout.OWN_ROWS
                + " rows: delete what is below the header");
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
            if (!text.isEmpty() && !seen.add(text.toLowerCase(Locale.ROOT))) {
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

    /** A fresh workbook from the template, which the caller closes; an Excel template ({@code .xltx}) is made one. */
    public XSSFWorkbook open() {
        try {
            XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
            if (workbook.getPackagePart().getContentType().equals(XSSFRelation.TEMPLATE_WORKBOOK.getContentType())) {
                workbook.setWorkbookType(XSSFWorkbookType.XLSX);
            }
            return workbook;
        } catch (IOException | RuntimeException e) {
            throw new InputException(origin, "", "the Excel template is not an .xlsx workbook ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }
}
