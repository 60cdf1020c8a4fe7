package io.virtaudit.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a synthetic estate in the native format for benchmarks and demos: about ten VMs per
 * host, sixteen hosts per cluster, a LUN per five VMs, VLANs per cluster, a mix of hypervisors and
 * a few percent of objects with slips, so that most rules fire. The output is streamed section by
 * section and each object is derived from its index and the seed, so a million VMs need no
 * document in memory and the same seed gives the same bytes.
 */
public final class EstateGenerator {

    private final int vms;
    private final long seed;

    public EstateGenerator(int vms, long seed) {
        if (vms < 1) {
            throw new IllegalArgumentException("--vms must be at least 1");
        }
        this.vms = vms;
        this.seed = seed;
    }

    /** Counts of what {@link #write} produces, for the command's summary. */
    public record Counts(int clusters, int hosts, int vms, int luns) {
    }

    public Counts counts() {
        Layout layout = new Layout(vms);
        return new Counts(layout.clusters, layout.hosts, layout.vms, layout.luns);
    }

    /** Whether the file name asks for YAML ({@code .yaml}, {@code .yml}) rather than JSON. */
    public static boolean yaml(Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Writes the estate to a file, YAML or JSON by its extension. */
    public void write(Path target) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            write(out, yaml(target));
        }
    }

    /** Writes the estate to a stream, which stays open. */
    public void write(OutputStream out, boolean yaml) throws IOException {
        JsonFactory factory = yaml ? YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build() : new JsonFactory();
        factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            if (!yaml) {
                g.setPrettyPrinter(new OneObjectPerLine());
            }
            write(g);
        }
    }

    private void write(JsonGenerator g) throws IOException {
        Plan plan = new Plan(vms, seed);
        g.writeStartObject();
        g.writeNumberField("formatVersion", 1);
        g.writeObjectFieldStart("estate");
        g.writeStringField("name", "Synthetic estate (" + vms + " VMs, seed " + seed + ")");
        g.writeStringField("collectedAt", Plan.COLLECTED_AT.toString());
        g.writeStringField("source", "virtaudit generate --vms " + vms + " --seed " + seed);
        g.writeEndObject();
        ManagerSection.write(g, plan);
        ClusterSection.write(g, plan);
        HostSection.write(g, plan);
        VmSection.write(g, plan);
        StorageSection.writeLuns(g, plan);
        StorageSection.writeMultipath(g, plan);
        VlanSection.write(g, plan);
        PortGroupSection.write(g, plan);
        g.writeEndObject();
    }

    /** Compact JSON with one collection item per line: diffable, greppable, still small. */
    private static final class OneObjectPerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            super.writeStartArray(g);
            if (topLevel(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            super.writeArrayValueSeparator(g);
            if (topLevel(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (topLevel(g)) {
                g.writeRaw('\n');
            }
            super.writeEndArray(g, nrOfValues);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(':');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            super.writeEndObject(g, nrOfEntries);
            var parent = g.getOutputContext().getParent();
            if (parent != null && parent.inRoot()) {
                g.writeRaw('\n');
            }
        }

        /** An array directly under the document's top-level object: a collection. */
        private static boolean topLevel(JsonGenerator g) {
            var context = g.getOutputContext();
            return context.inArray() && context.getParent() != null && context.getParent().getParent() != null
                    && context.getParent().getParent().inRoot();
        }
    }
}
