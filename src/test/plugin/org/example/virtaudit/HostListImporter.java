package org.example.virtaudit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.importer.DocumentBinder;
import io.virtaudit.importer.Importer;
import io.virtaudit.importer.MappedLocator;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.input.InputException;
import io.virtaudit.model.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An input format of a plugin: a host list, {@code *.hosts.txt}, one host per line, its id and its
 * hypervisor ({@code esx01 esxi}). The estate is built as a tree in the estate format
 * (docs/estate-format.md) and bound by virtaudit, which checks it and locates each error at the
 * line the host came from.
 */
public final class HostListImporter implements Importer {

    @Override
    public String name() {
        return "hosts";
    }

    @Override
    public String description() {
        return "a host list (*.hosts.txt: a host id and its hypervisor per line)";
    }

    @Override
    public boolean accepts(Path input) {
        return input.getFileName() != null && input.getFileName().toString().endsWith(".hosts.txt");
    }

    @Override
    public SourcedDocument read(Path input, String displayName) {
        List<String> lines;
        try {
            lines = Files.readAllLines(input);
        } catch (IOException e) {
            throw new InputException(displayName, "", "cannot read the host list: " + e.getMessage(), e);
        }
        ObjectNode estate = DocumentBinder.mapper().createObjectNode().put("formatVersion", 1);
        ArrayNode hosts = estate.putArray("hosts");
        MappedLocator locator = new MappedLocator(new SourceRef(displayName, ""));
        for (int line = 1; line <= lines.size(); line++) {
            String[] words = lines.get(line - 1).strip().split("\\s+");
            if (words[0].isEmpty()) {
                continue;
            }
            if (words.length != 2) {
                throw new InputException(displayName, String.valueOf(line), "expected a host id and its hypervisor");
            }
            locator.put("/hosts/" + hosts.size(), new SourceRef(displayName, String.valueOf(line)));
            hosts.addObject().put("id", words[0]).putObject("hypervisor").put("product", words[1]);
        }
        return DocumentBinder.bind(List.of(displayName), estate, locator);
    }
}
