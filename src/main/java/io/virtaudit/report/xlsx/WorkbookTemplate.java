package io.virtaudit.report.xlsx;

import io.virtaudit.importer.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * @throws InputException when the file cannot be read, is not a workbook, or lacks a sheet
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
            for (String sheet : WorkbookLayout.SHEETS) {
                if (workbook.getSheet(sheet) == null) {
                    throw new InputException(path.toString(), "", "the Excel template has no sheet named '"
                            + sheet + "' (it needs " + String.join(", ", WorkbookLayout.SHEETS) + ")");
                }
            }
        } catch (IOException e) {
            throw new InputException(path.toString(), "", "cannot read the Excel template: " + e.getMessage(), e);
        }
        return template;
    }

    /** Where the template came from: a file path or the built-in resource. */
    public String origin() {
        return origin;
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
