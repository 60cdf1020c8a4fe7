package io.virtaudit.importer.rvtools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.virtaudit.input.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        return readFolder(dir, displayName, ReadLimits.DEFAULT);
    }

    static Export readFolder(Path dir, String displayName, ReadLimits limits) {
        Export export = new Export(dir.getFileName() == null ? displayName : dir.getFileName().toString());
        String prefix = displayName.endsWith("/") ? displayName : displayName + "/";
        Map<Path, Tab> files = new LinkedHashMap<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : tabFiles(dir)) {
            Path other = seen.putIfAbsent(file.getFileName().toString().toLowerCase(Locale.ROOT), file);
            if (other != null) {
                throw new InputException(displayName, "", "both " + other.getFileName() + " and " + file.getFileName()
                        + " are the same RVTools tab, their names differing only in case: keep one");
            }
            Tab.named(tabName(file).orElseThrow()).ifPresent(tab -> files.put(file, tab));
        }
        ReadBudget budget = budget(limits, displayName, files.keySet());
        for (Map.Entry<Path, Tab> file : files.entrySet()) {
            TabRows rows = read(file.getKey(), prefix + file.getKey().getFileName(), file.getValue(), budget);
            if (rows != null) {
                export.add(rows);
            }
        }
        if (export.isEmpty()) {
            throw new InputException(displayName, "", "not an RVTools export: no vInfo, vHost or vDatastore sheet");
        }
        return export;
    }

    static Export readFile(Path file, String displayName) {
        return readFile(file, displayName, ReadLimits.DEFAULT);
    }

    static Export readFile(Path file, String displayName, ReadLimits limits) {
        String name = tabName(file).orElseThrow();
        Export export = new Export(WorkbookReader.baseName(file.getFileName().toString()));
        Tab tab = Tab.named(name).orElseThrow(() -> new InputException(displayName, "",
                "RVTools tab '" + name + "' holds nothing virtaudit reads; give a vInfo, vHost, vDatastore, "
                        + "vMultiPath or other tab the documentation lists, or the whole export"));
        TabRows rows = read(file, displayName, tab, budget(limits, displayName, List.of(file)));
        if (rows == null) {
            throw new InputException(displayName, "", "the file is empty: no header row");
        }
        export.add(rows);
        return export;
    }

    /** The export's budget, refusing at once files whose sizes already exceed it. */
    private static ReadBudget budget(ReadLimits limits, String displayName, Collection<Path> files) {
        ReadBudget budget = new ReadBudget(limits, displayName, "CSV text in the per-tab files virtaudit reads");
        long size = 0;
        for (Path file : files) {
            try {
                size += Files.size(file);
            } catch (IOException e) {
                // an unreadable file is reported when it is read
            }
        }
        budget.declareBytes(size);
        return budget;
    }

    private static TabRows read(Path file, String displayName, Tab tab, ReadBudget budget) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, displayName, tab, budget);
        } catch (IOException e) {
            throw new InputException(displayName, "", "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads one tab from a stream, record by record: the file is never held whole, and the budget
     * stops it at its limits whatever its length.
     */
    static TabRows read(InputStream stream, String displayName, Tab tab, ReadBudget budget) {
        TabRows.Builder rows = new TabRows.Builder(tab, displayName, null, budget);
        try (BufferedReader in = utf8(budget.metered(stream))) {
            skipBom(in);
            char separator = separator(in);
            CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withColumnSeparator(separator);
            try (CsvParser parser = (CsvParser) MAPPER.reader().with(schema)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY).createParser(in)) {
                readRecords(parser, rows, displayName);
            }
        } catch (InputException e) {
            throw e;
        } catch (CharacterCodingException e) {
            throw new InputException(displayName, "", "the file is not UTF-8 text", e);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(displayName, line > 0 ? String.valueOf(line) : "", malformed(e), e);
        } catch (IOException e) {
            throw new InputException(displayName, "", "cannot read the file: " + e.getMessage(), e);
        }
        return rows.build();
    }

    /** Jackson's message for a malformed record, in plain words (its limits name their settings). */
    private static String malformed(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("exceeds the maximum")) {
            return "a value is longer than " + ReadLimits.count(MAPPER.getFactory().streamReadConstraints()
                    .getMaxStringLength()) + " characters: this is not an RVTools CSV file";
        }
        int cut = message.indexOf('\n');
        return "malformed CSV: " + (cut < 0 ? message : message.substring(0, cut)).strip();
    }

    /** Rows arrive as arrays inside one wrapping array; a row's line is that of its first cell. */
    private static void readRecords(CsvParser parser, TabRows.Builder rows, String displayName) throws IOException {
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
                    rows.row(line, TabRows.RowText.of(cells));
                }
            } else if (token.isScalarValue()) {
                if (cells.isEmpty()) {
                    line = parser.currentTokenLocation().getLineNr();
                }
                if (cells.size() == CellRef.MAX_COLUMNS) {
                    throw new InputException(displayName, String.valueOf(line), "the record has more than "
                            + ReadLimits.count(CellRef.MAX_COLUMNS) + " cells, more columns than a spreadsheet holds: "
                            + "this is not an RVTools CSV file");
                }
                cells.add(parser.getValueAsString());
            }
        }
    }

    private static BufferedReader utf8(InputStream in) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
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
