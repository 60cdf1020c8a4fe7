package io.virtaudit.importer.rvtools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes RVTools-style exports for tests and samples, faithful to what RVTools writes: its tab and
 * column names, its value spellings, and its cell types (numbers as numeric cells, dates as date
 * cells, booleans as the text {@code True}/{@code False}); as one workbook or as per-tab CSV files.
 * Its {@link #main} writes the shipped sample, {@link SampleExport}.
 */
public final class RvtoolsExportWriter {

    /** How RVTools formats date cells. */
    static final String DATE_FORMAT = "yyyy/mm/dd hh:mm:ss";
    /** How dates appear in RVTools' CSV files. */
    static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    /** One tab: its headers and rows of values (String, Number, Boolean, LocalDateTime, LocalDate or null). */
    public static final class TabBuilder {
        private final String name;
        private final List<String> headers;
        private final List<Object[]> rows = new ArrayList<>();

        TabBuilder(String name, List<String> headers) {
            this.name = name;
            this.headers = headers;
        }

        /** A row with one value per header, in header order. */
        public TabBuilder row(Object... values) {
            if (values.length > headers.size()) {
                throw new IllegalArgumentException(name + ": " + values.length + " values for " + headers.size() + " columns");
            }
            rows.add(Arrays.copyOf(values, headers.size()));
            return this;
        }

        /** A row given as header, value pairs; the other columns stay blank. */
        public TabBuilder rowOf(Object... headerValuePairs) {
            Object[] values = new Object[headers.size()];
            for (int i = 0; i < headerValuePairs.length; i += 2) {
                int at = headers.indexOf((String) headerValuePairs[i]);
                if (at < 0) {
                    throw new IllegalArgumentException(name + " has no column '" + headerValuePairs[i] + "'");
                }
                values[at] = headerValuePairs[i + 1];
            }
            rows.add(values);
            return this;
        }

        public String name() {
            return name;
        }

        /** Whether the tab has this column. */
        public boolean has(String header) {
            return headers.contains(header);
        }
    }

    private final Map<String, TabBuilder> tabs = new LinkedHashMap<>();

    /** A new tab (sheet) with the given header row. */
    public TabBuilder tab(String name, String... headers) {
        TabBuilder tab = new TabBuilder(name, List.of(headers));
        tabs.put(name, tab);
        return tab;
    }

    public TabBuilder tab(String name, List<String> headers) {
        return tab(name, headers.toArray(String[]::new));
    }

    /** Writes the export as one workbook, one sheet per tab. */
    public Path writeXlsx(Path file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(DATE_FORMAT));
            for (TabBuilder tab : tabs.values()) {
                Sheet sheet = workbook.createSheet(tab.name);
                Row header = sheet.createRow(0);
                for (int i = 0; i < tab.headers.size(); i++) {
                    header.createCell(i).setCellValue(tab.headers.get(i));
                }
                for (int r = 0; r < tab.rows.size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    Object[] values = tab.rows.get(r);
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] != null) {
                            set(row.createCell(i), values[i], dateStyle);
                        }
                    }
                }
            }
            // Excel saves each formula with the value it computed: so must a fixture
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(new Date(0)));
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell holding a formula, as a consultant adds a totals row ({@code SUM(D2:D9)}); saved with its computed value. */
    public record Formula(String expression) {
    }

    private static void set(Cell cell, Object value, CellStyle dateStyle) {
        if (value instanceof Formula f) {
            cell.setCellFormula(f.expression());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b ? "True" : "False");
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d.atStartOfDay());
            cell.setCellStyle(dateStyle);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** Writes the export as RVTools' per-tab CSV files, {@code RVTools_tab<Tab>.csv}, into a folder. */
    public Path writeCsv(Path dir) {
        try {
            Files.createDirectories(dir);
            for (TabBuilder tab : tabs.values()) {
                try (Writer out = Files.newBufferedWriter(dir.resolve("RVTools_tab" + tab.name + ".csv"),
                        StandardCharsets.UTF_8)) {
                    line(out, tab.headers.toArray());
                    for (Object[] row : tab.rows) {
                        line(out, row);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer out, Object[] values) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append('"').append(csvText(values[i]).replace("\"", "\"\"")).append('"');
        }
        out.write(line.append("\r\n").toString());
    }

    static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof LocalDateTime t) {
            return CSV_DATE.format(t);
        }
        if (value instanceof LocalDate d) {
            return CSV_DATE.format(d.atStartOfDay());
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        return value.toString();
    }

    /** Writes the shipped sample: the workbook under sample-data/rvtools and its CSV form for tests. */
    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        RvtoolsExportWriter sample = SampleExport.build();
        sample.writeXlsx(root.resolve("sample-data/rvtools/RVTools_export_all.xlsx"));
        sample.writeCsv(root.resolve("src/test/resources/rvtools/csv"));
        System.out.println("wrote the RVTools sample at " + LocalDateTime.now(ZoneOffset.UTC));
    }
}
