package io.virtaudit.importer.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.virtaudit.importer.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one CSV file as text, each with the physical line it starts on (the header is line
 * 1), so that every value can be traced back. Malformed files (not UTF-8, a quote left open, a
 * row wider than the header, no header) are input errors naming the line.
 *
 * @param header the header row, its cells as written
 * @param rows   the data rows, blank rows left out
 */
record CsvTable(Row header, List<Row> rows) {

    private static final CsvMapper MAPPER = new CsvMapper();

    /** One row: the line it starts on and its cells, as written. */
    record Row(int line, List<String> cells) {
        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Reads a whole file given as bytes; {@code file} names it in errors. */
    static CsvTable read(byte[] bytes, String file) {
        String text = utf8(bytes, file);
        List<Row> rows = parse(text, file);
        if (rows.isEmpty()) {
            throw new InputException(file, "1", "the file is empty: expected a header row of column names");
        }
        Row header = rows.get(0);
        List<Row> data = rows.subList(1, rows.size());
        for (Row row : data) {
            if (row.cells().size() > header.cells().size()) {
                throw new InputException(file, String.valueOf(row.line()), "the row has " + row.cells().size()
                        + " cells but the header has " + header.cells().size()
                        + " columns (a comma inside a value needs quotes)");
            }
        }
        return new CsvTable(header, List.copyOf(data));
    }

    /** Decodes strictly: a byte that is not UTF-8 is an error on the line that holds it. */
    private static String utf8(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new InputException(file, String.valueOf(lineOf(bytes, at)), String.format(
                    "the file is not UTF-8 text (byte 0x%02X); save it as CSV UTF-8", bytes[at] & 0xFF));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Every non-blank row with its starting line. */
    private static List<Row> parse(String text, String file) {
        List<Row> rows = new ArrayList<>();
        int rowLine = 1;
        try (CsvParser parser = (CsvParser) MAPPER.createParser(text)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return rows;
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_ARRAY) {
                rowLine = parser.currentLocation().getLineNr();
                List<String> cells = new ArrayList<>();
                while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                    cells.add(parser.getText());
                }
                Row row = new Row(rowLine, List.copyOf(cells));
                if (!row.blank()) {
                    rows.add(row);
                }
            }
            return rows;
        } catch (JsonProcessingException e) {
            throw new InputException(file, String.valueOf(rowLine), describe(e));
        } catch (IOException e) {
            throw new InputException(file, "", "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static String describe(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("Missing closing quote")) {
            return "a quoted value is not closed: its closing \" is missing";
        }
        int cut = message.indexOf('\n');
        return "malformed CSV: " + (cut < 0 ? message : message.substring(0, cut)).strip();
    }
}
