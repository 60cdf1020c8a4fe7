package io.virtaudit.importer.csv;

import io.virtaudit.input.InputNames;
import io.virtaudit.importer.DocumentBinder;
import io.virtaudit.importer.Importer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.input.InputException;
import io.virtaudit.model.EstateInfo;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.model.SourceRef;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads CSV inventories (one file per collection, named after it, or a folder of them) into an
 * estate document: columns are the format's field paths, so that a CMDB or storage-team export
 * can be turned into estate facts, complete or partial, with every object traced to its line.
 */
public final class CsvInventoryImporter implements Importer {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV inventories (hosts.csv, vms.csv, … or their folder)";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public boolean accepts(Path input) {
        if (Files.isDirectory(input)) {
            try {
                return !inventoryFiles(input).isEmpty();
            } catch (IOException e) {
                return false;
            }
        }
        Path name = input.getFileName();
        return name != null && InventoryFile.named(name.toString()).isPresent();
    }

    @Override
    public SourcedDocument read(Path input, String displayName) {
        Map<InventoryFile, NamedFile> files = Files.isDirectory(input)
                ? folder(input, displayName) : Map.of(kindOf(input, displayName), new NamedFile(input, displayName));
        InventoryTree tree = new InventoryTree(new SourceRef(displayName, ""));
        CsvProblems problems = new CsvProblems();
        for (Map.Entry<InventoryFile, NamedFile> entry : new EnumMap<>(files).entrySet()) {
            NamedFile file = entry.getValue();
            try {
                CsvTable table = CsvTable.read(file.path(), file.name());
                InventoryTable.load(entry.getKey(), table, file.name(), tree, problems);
            } catch (InputException e) {
                problems.addAll(e);
            }
        }
        problems.throwIfAny();
        source(tree, displayName, problems.skipped());
        return DocumentBinder.bind(List.of(displayName), tree.root(), tree.locator()).warnedOf(problems.warnings());
    }

    /**
     * The inventory's entry in {@code estate.sources}: named after its file (or folder), with the
     * rows left out. A CSV extract says nothing of when it was taken, so it has no collection time.
     */
    private static void source(InventoryTree tree, String displayName, List<EstateInfo.SkippedRow> skipped) {
        String file = InputNames.fileName(displayName);
        ObjectNode source = tree.root().putObject("estate").putArray("sources").addObject()
                .put("id", file).put("kind", "csv").put("file", file);
        ArrayNode rows = source.putArray("skipped");
        skipped.forEach(row -> rows.addObject().put("at", row.at()).put("reason", row.reason()));
    }

    /** A file to read and its name in messages and sources. */
    private record NamedFile(Path path, String name) {
    }

    private static InventoryFile kindOf(Path input, String displayName) {
        Path name = input.getFileName();
        return InventoryFile.named(name == null ? "" : name.toString()).orElseThrow(() -> new InputException(
                displayName, "", "not a CSV inventory file: expected one of " + InventoryFile.allNames()));
    }

    private static Map<InventoryFile, NamedFile> folder(Path dir, String displayName) {
        List<Path> paths;
        try {
            paths = inventoryFiles(dir);
        } catch (IOException e) {
            throw new InputException(displayName, "", "cannot list the folder: " + e.getMessage(), e);
        }
        if (paths.isEmpty()) {
            throw new InputException(displayName, "", "no CSV inventory in this folder: expected "
                    + InventoryFile.allNames());
        }
        Map<InventoryFile, NamedFile> files = new EnumMap<>(InventoryFile.class);
        for (Path path : paths) {
            InventoryFile kind = InventoryFile.named(path.getFileName().toString()).orElseThrow();
            NamedFile file = new NamedFile(path, inFolder(displayName, path.getFileName().toString()));
            NamedFile other = files.putIfAbsent(kind, file);
            if (other != null) {
                throw new InputException(displayName, "", "both " + other.path().getFileName() + " and "
                        + path.getFileName() + " are " + kind.fileName() + ": keep one");
            }
        }
        return files;
    }

    /** The inventory files directly inside a folder, by name; other files are not ours. */
    private static List<Path> inventoryFiles(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> InventoryFile.named(p.getFileName().toString()).isPresent())
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }

    private static String inFolder(String folder, String fileName) {
        boolean separated = folder.endsWith("/") || folder.endsWith(File.separator);
        return folder.isEmpty() ? fileName : folder + (separated ? "" : "/") + fileName;
    }
}
