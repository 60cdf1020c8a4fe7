package io.virtaudit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.virtaudit.engine.CompiledRules;
import io.virtaudit.engine.DroolsRuleEngine;
import io.virtaudit.engine.Evaluation;
import io.virtaudit.engine.RuleCompiler;
import io.virtaudit.engine.RulePackReader;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.document.DocumentImporter;
import io.virtaudit.model.Estate;
import io.virtaudit.rules.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Loads estates and runs the built-in pack in tests, through the same code as the CLI. */
public final class TestEstates {

    /** The fixed clock of tests: age-based rules never depend on the day a test runs. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC);

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEstates() {
    }

    public static CompiledRules builtIn() {
        return RuleCompiler.compile(List.of(RulePackReader.builtIn()));
    }

    public static Estate load(Path file) {
        return new EstateAssembler(CLOCK).assemble(new DocumentImporter().read(file, file.getFileName().toString()));
    }

    /** Writes a document tree (from a fixture) to a temporary JSON file and loads it. */
    public static Estate load(JsonNode document, String name) {
        try {
            Path dir = Files.createTempDirectory("virtaudit-fixture");
            Path file = dir.resolve(name + ".json");
            JSON.writeValue(file.toFile(), document);
            try {
                return load(file);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Evaluation evaluate(Estate estate) {
        return new DroolsRuleEngine(builtIn(), Policy.defaults(), 10_000_000).evaluate(estate);
    }
}
