package io.virtaudit.importer.rvtools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.virtaudit.importer.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads RVTools' per-tab CSV files ({@code RVTools_tab<Tab>.csv}, one export as a folder of them or
 * a single one) with Jackson CSV, record by record, keeping each record's first line number.
 */
final class CsvTabReader {

    static final Pattern TAB_FILE = Pattern.compile("(?i)RVTools_tab(.+)\\.csv");

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvTabReader() {
    }

    /** The tab a file name names ({@code RVTools_tabvInfo.csv} → vInfo), if it is a per-tab CSV. */
    static Optional<String> tabName(Path file) {
        Matcher m = TAB_FILE.matcher(file.getFileName().toString());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static boolean isTabFile(Path file) {
        return tabName(file).isPresent();
    }

    /** The per-tab CSV files of a folder, by name. */
    static List<Path> tabFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(CsvTabReader::isTabFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static Export readFolder(Path dir, String displayName) {
        Export export = new Export(dir.getFileName() == null ? displayName : dir.getFileName().toString());
        List<Path> files = tabFiles(dir);
        String prefix = displayName.endsWith("/") ? displayName : displayName + "/";
        for (Path file : files) {
            Optional<Tab> tab = Tab.named(tabName(file).orElseThrow());
            if (tab.isPresent()) {
                TabRows rows = read(file, prefix + file.getFileName(), tab.get());
                if (rows != null) {
                    export.add(rows);
                }
            }
        }
        if (export.isEmpty()) {
            throw new InputException(displayName, "", "not an RVTools export: no vInfo, vHost or vDatastore sheet");
        }
        return export;
    }

    static Export readFile(Path file, String displayName) {
        String name = tabName(file).orElseThrow();
        Export export = new Export(WorkbookReader.baseName(file.getFileName().toString()));
        Tab tab = Tab.named(name).orElseThrow(() -> new InputException(displayName, "",
                "RVTools tab '" + name + "' holds nothing virtaudit reads; give a vInfo, vHost, vDatastore, "
                        + "vMultiPath or other tab the documentation lists, or the whole export"));
        TabRows rows = read(file, displayName, tab);
        if (rows == null) {
            throw new InputException(displayName, "", "the file is empty: no header row");
        }
        export.add(rows);
        return export;
    }

    private static TabRows read(Path file, String displayName, Tab tab) {
        TabRows.Builder rows = new TabRows.Builder(tab, displayName, null);
        try (BufferedReader in = utf8(file)) {
            skipBom(in);
            char separator = separator(in);
            CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withColumnSeparator(separator);
            try (CsvParser parser = (CsvParser) MAPPER.reader().with(schema)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY).createParser(in)) {
                readRecords(parser, rows);
            }
        } catch (InputException e) {
            throw e;
        } catch (CharacterCodingException e) {
            throw new InputException(displayName, "", "the file is not UTF-8 text", e);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(displayName, line > 0 ? String.valueOf(line) : "",
                    "malformed CSV: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(displayName, "", "cannot read the file: " + e.getMessage(), e);
        }
        return rows.build();
    }

    /** Rows arrive as arrays inside one wrapping array; a row's line is that of its first cell. */
    private static void readRecords(CsvParser parser, TabRows.Builder rows) throws IOException {
        List<String> cells = new ArrayList<>();
        int depth = 0;
        int line = 0;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.START_ARRAY) {
                depth++;
                cells.clear();
                line = 0;
            } else if (token == JsonToken.END_ARRAY) {
                if (depth-- == 2) {
                    rows.row(line, cells);
                }
            } else if (token.isScalarValue()) {
                if (cells.isEmpty()) {
                    line = parser.currentTokenLocation().getLineNr();
                }
                cells.add(parser.getValueAsString());
            }
        }
    }

    private static BufferedReader utf8(Path file) throws IOException {
        Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return new BufferedReader(reader, 1 << 16);
    }

    private static void skipBom(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
    }

    /** RVTools writes commas; some locales give semicolons or tabs: the header line tells. */
    private static char separator(BufferedReader in) throws IOException {
        in.mark(1 << 15);
        char[] head = new char[1 << 14];
        int n = in.read(head);
        in.reset();
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < Math.max(n, 0) && head[i] != '\n'; i++) {
            char c = head[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
