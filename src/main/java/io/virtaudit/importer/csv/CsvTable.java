package io.virtaudit.importer.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.virtaudit.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of one CSV file as text, each with the physical line it starts on (the header is line
 * 1), so that every value can be traced back. The file is streamed, record by record, and never
 * held whole; it is refused above {@link Limits} (a size and a number of rows, checked before and
 * while reading). Malformed files (not UTF-8, a quote left open, a row wider than the header, no
 * header) are input errors naming the line, found as soon as the reader gets there.
 *
 * @param header the header row, its cells as written
 * @param rows   the data rows, blank rows left out
 */
record CsvTable(Row header, List<Row> rows) {

    private static final CsvMapper MAPPER = new CsvMapper();

    /**
     * How large one inventory file may be. Every row becomes estate objects in memory, so the file
     * is bounded: a million rows (a spreadsheet's worth, and the largest estate virtaudit is
     * measured on) and 512 MiB (twice a million-VM vms.csv of fifteen columns).
     *
     * @param bytes the file's size
     * @param rows  data rows (blank rows not counted)
     * @param cells cells in one row: as many columns as a spreadsheet holds
     */
    record Limits(long bytes, int rows, int cells) {
        static final Limits DEFAULT = new Limits(512L << 20, 1_048_576, 16_384);
    }

    /** One row: the line it starts on and its cells, as written. */
    record Row(int line, List<String> cells) {
        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Reads a file; {@code file} names it in errors. */
    static CsvTable read(Path path, String file) {
        return read(path, file, Limits.DEFAULT);
    }

    static CsvTable read(Path path, String file, Limits limits) {
        try {
            long size = Files.size(path);
            if (size > limits.bytes()) {
                throw tooLarge(file, "", "the file is " + mib(size) + ", above the limit of " + mib(limits.bytes()));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(in, file, limits);
            }
        } catch (IOException e) {
            throw new InputException(file, "", "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** Reads a stream, record by record; it stops at the first error or limit, whatever follows. */
    static CsvTable read(InputStream in, String file, Limits limits) {
        StrictUtf8Reader text = new StrictUtf8Reader(in, limits.bytes());
        Row header = null;
        List<Row> data = new ArrayList<>();
        int rowLine = 1;
        try (CsvParser parser = (CsvParser) MAPPER.createParser(text)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            if (parser.nextToken() == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_ARRAY) {
                    rowLine = parser.currentLocation().getLineNr();
                    Row row = new Row(rowLine, cells(parser, file, rowLine, limits));
                    if (row.blank()) {
                        continue;
                    }
                    if (header == null) {
                        header = row;
                        continue;
                    }
                    if (row.cells().size() > header.cells().size()) {
                        throw new InputException(file, String.valueOf(row.line()), "the row has " + row.cells().size()
                                + " cells but the header has " + header.cells().size()
                                + " columns (a comma inside a value needs quotes)");
                    }
                    if (data.size() == limits.rows()) {
                        throw tooLarge(file, String.valueOf(row.line()), "the file has more than "
                                + count(limits.rows()) + " rows, the limit");
                    }
                    data.add(row);
                }
            }
        } catch (StrictUtf8Reader.NotUtf8 e) {
            throw new InputException(file, String.valueOf(e.line()), String.format(
                    "the file is not UTF-8 text (byte 0x%02X); save it as CSV UTF-8", e.badByte()));
        } catch (StrictUtf8Reader.TooLong e) {
            throw tooLarge(file, "", "the file is longer than " + mib(limits.bytes()) + ", the limit");
        } catch (JsonProcessingException e) {
            throw new InputException(file, String.valueOf(rowLine), describe(e));
        } catch (IOException e) {
            throw new InputException(file, "", "cannot read the file: " + e.getMessage(), e);
        }
        if (header == null) {
            throw new InputException(file, "1", "the file is empty: expected a header row of column names");
        }
        return new CsvTable(header, List.copyOf(data));
    }

    private static List<String> cells(CsvParser parser, String file, int line, Limits limits) throws IOException {
        List<String> cells = new ArrayList<>();
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
            if (cells.size() == limits.cells()) {
                throw new InputException(file, String.valueOf(line), "the row has more than " + count(limits.cells())
                        + " cells, more columns than a spreadsheet holds");
            }
            cells.add(parser.getText());
        }
        return List.copyOf(cells);
    }

    private static InputException tooLarge(String file, String line, String what) {
        return new InputException(file, line, what + " for one inventory CSV file: refused as too large; "
                + "split it into several inputs (they are merged)");
    }

    private static String mib(long bytes) {
        if (bytes < 1 << 20) {
            return bytes + " bytes";
        }
        double mib = bytes / (double) (1 << 20);
        return (mib == Math.rint(mib) ? String.valueOf((long) mib) : String.format(Locale.ROOT, "%.1f", mib)) + " MiB";
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String describe(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("Missing closing quote")) {
            return "a quoted value is not closed: its closing \" is missing";
        }
        if (message.contains("exceeds the maximum")) {
            return "a value is longer than " + count(MAPPER.getFactory().streamReadConstraints().getMaxStringLength())
                    + " characters, the most a cell may hold";
        }
        int cut = message.indexOf('\n');
        return "malformed CSV: " + (cut < 0 ? message : message.substring(0, cut)).strip();
    }
}
