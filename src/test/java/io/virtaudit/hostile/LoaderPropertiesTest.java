package io.virtaudit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.input.InputException;
import io.virtaudit.importer.csv.CsvInventoryImporter;
import io.virtaudit.importer.document.DocumentImporter;
import io.virtaudit.importer.rvtools.RvtoolsImporter;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.model.Estate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever arrives, a loader gives a valid estate or an input error, never another exception:
 * random byte and text mutations of valid documents, CSVs and workbooks.
 */
class LoaderPropertiesTest {

    private static final byte[] ACME = read(Path.of("sample-data/acme-estate.yaml"));
    private static final byte[] LAB_JSON = ("{\"formatVersion\": 1, \"estate\": {\"name\": \"Lab\"}, \"hosts\": [{\"id\": \"h1\","
            + " \"hypervisor\": {\"product\": \"kvm\"}, \"ntpServers\": [\"a\"], \"cpu\": {\"sockets\": 2}}], \"vms\": [{\"id\": \"v\","
            + " \"host\": \"h1\", \"vcpus\": 4, \"powerState\": \"on\", \"networks\": [10]}], \"vlans\": [{\"id\": 10}]}")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] HOSTS_CSV = "id,hypervisor.product,cpu.sockets,ntpServers\nh1,esxi,2,ntp1;ntp2\nh2,kvm,1,none\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] WORKBOOK = read(Path.of("sample-data/rvtools/RVTools_export_all.xlsx"));

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mutation: at a position (a fraction of the length), replace, insert or delete some bytes. */
    record Mutation(double at, int kind, byte[] bytes, int length) {
        byte[] apply(byte[] source) {
            int pos = (int) (at * source.length);
            byte[] out;
            switch (kind) {
                case 0 -> {
                    out = source.clone();
                    for (int i = 0; i < bytes.length && pos + i < out.length; i++) {
                        out[pos + i] = bytes[i];
                    }
                }
                case 1 -> {
                    out = new byte[source.length + bytes.length];
                    System.arraycopy(source, 0, out, 0, pos);
                    System.arraycopy(bytes, 0, out, pos, bytes.length);
                    System.arraycopy(source, pos, out, pos + bytes.length, source.length - pos);
                }
                default -> {
                    int cut = Math.min(length, source.length - pos);
                    out = new byte[source.length - cut];
                    System.arraycopy(source, 0, out, 0, pos);
                    System.arraycopy(source, pos + cut, out, pos, source.length - pos - cut);
                }
            }
            return out;
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<byte[]> text = Arbitraries.of("{", "}", "[", "]", ":", ",", "\"", "\n", "  ", "- ", "&a ", "*a", "!!binary ",
                "null", "-1", "99999999999999999999", "on", "\u0000", "\u00e9", "#", ";", "none", "2026-13-45")
                .list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16);
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 2),
                Arbitraries.oneOf(text, random), Arbitraries.integers().between(1, 64)).as(Mutation::new);
    }

    private static void loadsOrRefuses(byte[] content, String name, java.util.function.BiFunction<Path, String,
            io.virtaudit.importer.SourcedDocument> importer) throws IOException {
        Path dir = Files.createTempDirectory("virtaudit-prop");
        Path file = dir.resolve(name);
        Files.write(file, content);
        try {
            Estate estate = new EstateAssembler(TestEstates.CLOCK).assemble(importer.apply(file, name));
            assertThat(estate.info().name()).isNotNull();
        } catch (InputException expected) {
            assertThat(expected.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.render()).doesNotContain("\n"));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    @Property(tries = 150)
    void mutatedYamlGivesAnEstateOrAnInputError(@ForAll("mutations") Mutation mutation) throws IOException {
        loadsOrRefuses(mutation.apply(ACME), "acme.yaml", new DocumentImporter()::read);
    }

    @Property(tries = 150)
    void mutatedJsonGivesAnEstateOrAnInputError(@ForAll("mutations") Mutation mutation) throws IOException {
        loadsOrRefuses(mutation.apply(LAB_JSON), "lab.json", new DocumentImporter()::read);
    }

    @Property(tries = 150)
    void mutatedCsvGivesAnEstateOrAnInputError(@ForAll("mutations") Mutation mutation) throws IOException {
        loadsOrRefuses(mutation.apply(HOSTS_CSV), "hosts.csv", (file, name) -> {
            var doc = new CsvInventoryImporter().read(file, name);
            var d = doc.document();
            var named = new io.virtaudit.importer.EstateDocument(1, new io.virtaudit.model.EstateInfo("csv", null, null, null),
                    d.managers(), d.clusters(), d.hosts(), d.vms(), d.luns(), d.multipath(), d.vlans(), d.portGroups());
            return new io.virtaudit.importer.SourcedDocument(doc.inputs(), named, doc.locator());
        });
    }

    @Property(tries = 60)
    void mutatedWorkbooksGiveAnEstateOrAnInputError(@ForAll("mutations") Mutation mutation) throws IOException {
        loadsOrRefuses(mutation.apply(WORKBOOK), "RVTools_export_all.xlsx", new RvtoolsImporter()::read);
    }

    @Property(tries = 40)
    void truncatedInputsGiveAnEstateOrAnInputError(@ForAll @IntRange(min = 0, max = 1000) int permille) throws IOException {
        for (var source : List.of(ACME, WORKBOOK)) {
            byte[] cut = java.util.Arrays.copyOf(source, (int) ((long) source.length * permille / 1000));
            if (source == ACME) {
                loadsOrRefuses(cut, "acme.yaml", new DocumentImporter()::read);
            } else {
                loadsOrRefuses(cut, "export.xlsx", new RvtoolsImporter()::read);
            }
        }
    }
}
