package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.virtaudit.TestEstates;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.input.InputException;
import io.virtaudit.model.Estate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the RVTools workbook reader where the mutations of whole files rarely reach: inside the
 * package. A small valid export is unzipped into its parts, and each try changes one to three of
 * them (truncates or drops a part, flips bytes, names two sheets alike, puts huge or odd numbers in
 * cells, gives cells references outside Excel's grid, inserts stray XML, changes cell types and
 * styles, renames a part). Whatever comes of it, reading gives an estate or an input error in
 * plain words, never another exception and never a hang.
 */
class RvtoolsReaderFuzzTest {

    private static final Map<String, byte[]> EXPORT = export();
    private static final Pattern NUMBER = Pattern.compile("<v>[^<]*</v>");
    private static final Pattern REFERENCE = Pattern.compile("\\br=\"[^\"]*\"");
    private static final Pattern TYPE_OR_STYLE = Pattern.compile("\\b[ts]=\"[^\"]*\"");
    private static final Pattern SHEET_NAME = Pattern.compile("<sheet name=\"([^\"]*)\"");

    private static final List<String> NUMBERS = List.of("1e308", "-1e308", "99999999999999999999", "-1", "NaN",
            "Infinity", "-0", "1E-400", "", " ", "abc", "2147483648", "0x10", "1,5", "9".repeat(400));
    private static final List<String> REFERENCES = List.of("XFE1", "ZZZZZ1", "A0", "a1", "", "A1048577", "A1048576",
            "1A", "$A$1", "AAAA99999999999", "XFD2", "B", "A-1", "\u00c91");
    private static final List<String> TYPES = List.of("t=\"s\"", "t=\"b\"", "t=\"e\"", "t=\"n\"", "t=\"d\"",
            "t=\"inlineStr\"", "t=\"str\"", "t=\"x\"", "s=\"999\"", "s=\"-1\"", "s=\"x\"", "s=\"0\"", "t=\"\"");
    private static final List<String> SNIPPETS = List.of("<row>", "</c>", "<row r=\"0\">", "<c r=\"A1\" t=\"s\"><v>999999</v></c>",
            "<c t=\"b\"><v></v></c>", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&amp;", "&e;", "<is><t>x</t></is>",
            "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>", "<dimension ref=\"A1:XFD1048576\"/>",
            "<si><t>x</t></si>", "<sst uniqueCount=\"999999999\">", "_x0000_", "<rPh><t>p</t></rPh>", "\u0000", "]]>",
            "<xf numFmtId=\"14\"/>", "<numFmt numFmtId=\"14\" formatCode=\"yyyy\"/>");

    /** A small export with the cell types RVTools writes: text, numbers, dates, booleans, several tabs. */
    private static Map<String, byte[]> export() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "Template", "CPUs", "Memory", "Host", "Cluster", "Creation date", "Path",
                        "VI SDK Server")
                .row("web01", "poweredOn", false, 2, 4096, "esx01", "CL1", LocalDateTime.of(2025, 3, 1, 8, 0),
                        "[DS1] web01/web01.vmx", "vc01")
                .row("db01", "poweredOff", true, 8, 16384, "esx02", "CL1", "2024/11/20 07:45:12",
                        "[DS2] db01/db01.vmx", "vc01");
        w.tab("vHost", "Host", "Cluster", "# CPU", "Cores per CPU", "# Memory", "# NICs", "ESX Version")
                .row("esx01", "CL1", 2, 16, 524288, 4, "VMware ESXi 8.0.2 build-22380479")
                .row("esx02", "CL1", 2, 16, 524288, 4, "VMware ESXi 7.0.3 build-21930508");
        w.tab("vDatastore", "Name", "Type", "Capacity MB", "Free MB").row("DS1", "VMFS", 1048576, 524288)
                .row("DS2", "NFS", 2097152, 10240);
        w.tab("vMetaData", "Server", "xlsx creation datetime").row("vc01", LocalDateTime.of(2026, 11, 20, 8, 0));
        try {
            Path dir = Files.createTempDirectory("virtaudit-fuzz");
            Path file = w.writeXlsx(dir.resolve("export.xlsx"));
            Map<String, byte[]> parts = WorkbookParts.unzip(file);
            Files.delete(file);
            Files.delete(dir);
            return parts;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One change to the package: what to do, where (a fraction), to which part (a fraction), with which choice. */
    record Mutation(int kind, double where, double which, int choice) {

        Map<String, byte[]> apply(Map<String, byte[]> parts) {
            List<String> names = new ArrayList<>(parts.keySet());
            String name = names.get((int) (which * names.size()));
            byte[] part = parts.get(name);
            String xml = new String(part, StandardCharsets.UTF_8);
            Map<String, byte[]> out = new LinkedHashMap<>(parts);
            switch (kind) {
                case 0 -> out.put(name, java.util.Arrays.copyOf(part, (int) (where * part.length)));
                case 1 -> {
                    byte[] flipped = part.clone();
                    for (int i = 0; i <= choice % 8 && flipped.length > 0; i++) {
                        int at = (int) ((where + i * 0.013) % 1 * flipped.length);
                        flipped[at] ^= (byte) (1 << (choice + i) % 8);
                    }
                    out.put(name, flipped);
                }
                case 2 -> out.remove(name);
                case 3 -> {
                    // an earlier mutation may have dropped or renamed the workbook part
                    if (parts.containsKey("xl/workbook.xml")) {
                        out.put("xl/workbook.xml", sameSheetNames(parts.get("xl/workbook.xml")));
                    }
                }
                case 4 -> out.put(name, replace(xml, NUMBER, "<v>" + NUMBERS.get(choice % NUMBERS.size()) + "</v>"));
                case 5 -> out.put(name, replace(xml, REFERENCE, "r=\"" + REFERENCES.get(choice % REFERENCES.size()) + "\""));
                case 6 -> out.put(name, replace(xml, TYPE_OR_STYLE, TYPES.get(choice % TYPES.size())));
                case 7 -> {
                    int at = (int) (where * xml.length());
                    out.put(name, (xml.substring(0, at) + SNIPPETS.get(choice % SNIPPETS.size()) + xml.substring(at))
                            .getBytes(StandardCharsets.UTF_8));
                }
                default -> {
                    out.remove(name);
                    out.put(name.toUpperCase(Locale.ROOT), part);
                }
            }
            return out;
        }

        /** One occurrence of the pattern (chosen by {@code where}) replaced. */
        private byte[] replace(String xml, Pattern pattern, String replacement) {
            List<int[]> found = new ArrayList<>();
            Matcher m = pattern.matcher(xml);
            while (m.find()) {
                found.add(new int[] {m.start(), m.end()});
            }
            if (found.isEmpty()) {
                return xml.getBytes(StandardCharsets.UTF_8);
            }
            int[] at = found.get((int) (where * found.size()));
            return (xml.substring(0, at[0]) + replacement + xml.substring(at[1])).getBytes(StandardCharsets.UTF_8);
        }

        /** A sheet renamed after another, in another case (or the same), as Excel would never save it. */
        private byte[] sameSheetNames(byte[] workbook) {
            String xml = new String(workbook, StandardCharsets.UTF_8);
            List<String> sheets = new ArrayList<>();
            Matcher m = SHEET_NAME.matcher(xml);
            while (m.find()) {
                sheets.add(m.group(1));
            }
            if (sheets.size() < 2) {
                return workbook;
            }
            String first = sheets.get(choice % sheets.size());
            String second = sheets.get((choice + 1) % sheets.size());
            String renamed = where < 0.5 ? first.toUpperCase(Locale.ROOT) : first;
            return xml.replace("<sheet name=\"" + second + "\"", "<sheet name=\"" + renamed + "\"")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 8),
                Arbitraries.doubles().between(0, 0.999).ofScale(3), Arbitraries.doubles().between(0, 0.999).ofScale(3),
                Arbitraries.integers().between(0, 1000)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 300)
    void aMutatedWorkbookGivesAnEstateOrAnInputError(@ForAll("mutations") List<Mutation> mutations) throws IOException {
        Map<String, byte[]> parts = EXPORT;
        for (Mutation mutation : mutations) {
            parts = mutation.apply(parts);
        }
        Path dir = Files.createTempDirectory("virtaudit-fuzz");
        Path file = WorkbookParts.zip(parts, dir.resolve("RVTools_export.xlsx"));
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    Estate estate = new EstateAssembler(TestEstates.CLOCK)
                            .assemble(new RvtoolsImporter().read(file, "RVTools_export.xlsx"));
                    assertThat(estate.info().name()).isNotNull();
                } catch (InputException expected) {
                    assertThat(expected.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.render())
                            .doesNotContain("\n").doesNotContain("Exception").doesNotContain("bugzilla")
                            .doesNotContain("org.apache").doesNotContain("java."));
                }
            });
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
