package io.virtaudit.importer.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.finding.Finding;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.EstateMerger;
import io.virtaudit.importer.csv.CsvInventoryImporter;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Protocol;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.Vm;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped RVTools sample ({@code sample-data/rvtools}): it loads, its CSV form gives the same
 * estate, it is what {@link RvtoolsExportWriter} writes today, and with its CMDB and storage CSVs it
 * gives the findings it was made for.
 */
class RvtoolsSampleTest {

    private static final Path WORKBOOK = Path.of("sample-data/rvtools/RVTools_export_all.xlsx");
    private static final Path CSV = Path.of("src/test/resources/rvtools/csv");

    @TempDir
    Path dir;

    private static SourcedDocument read(Path input) {
        return new RvtoolsImporter().read(input, input.toString());
    }

    private static Estate assemble(SourcedDocument sourced) {
        return new EstateAssembler(TestEstates.CLOCK).assemble(sourced);
    }

    private static Set<String> fired(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).map(f -> f.subject().id()).collect(Collectors.toSet());
    }

    @Test
    void theSampleWorkbookLoads() {
        Estate estate = assemble(read(WORKBOOK));
        assertThat(estate.info().name()).isEqualTo("vc01.acme.local");
        assertThat(estate.info().source()).isEqualTo("RVTools export of vc01.acme.local");
        assertThat(estate.referenceTimeAssumed()).isFalse();
        assertThat(estate.clusters()).hasSize(2);
        assertThat(estate.hosts()).hasSize(6);
        assertThat(estate.vms()).hasSizeBetween(28, 32);
        assertThat(estate.vms()).filteredOn(Vm::isTemplateVm).hasSize(2);
        assertThat(estate.luns()).extracting(Lun::protocol).containsExactly(Protocol.FC, Protocol.FC, Protocol.FC,
                Protocol.ISCSI, Protocol.NFS3, Protocol.LOCAL);
        assertThat(estate.hosts()).filteredOn(h -> h.ntpServers().isEmpty()).extracting(Host::id)
                .containsExactly("esx06.acme.local");
        assertThat(estate.vms()).filteredOn(v -> Boolean.TRUE.equals(v.timingSensitive())).extracting(Vm::id)
                .containsExactly("trade01");
    }

    @Test
    void theCsvFormGivesTheSameEstate() {
        SourcedDocument workbook = read(WORKBOOK);
        SourcedDocument csv = read(CSV);
        assertThat(csv.document()).usingRecursiveComparison().ignoringFields("estate.sources")
                .isEqualTo(workbook.document());
        assertThat(workbook.document().estate().sources()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo("RVTools_export_all.xlsx");
            assertThat(s.skipped()).isEmpty();
        });
        assertThat(csv.document().estate().sources()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo("csv");
            assertThat(s.collectedAt()).isEqualTo(workbook.document().estate().sources().get(0).collectedAt());
        });
        assertThat(workbook.locator().locate("/vms/3/tools")).isEqualTo(new SourceRef(WORKBOOK.toString(), "vTools!5"));
        assertThat(csv.locator().locate("/vms/3")).isEqualTo(new SourceRef(CSV + "/RVTools_tabvInfo.csv", "5"));
        assertThat(csv.locator().locate("/vms/3/tools")).isEqualTo(new SourceRef(CSV + "/RVTools_tabvTools.csv", "5"));
    }

    @Test
    void theCommittedSampleIsWhatTheWriterWrites() {
        RvtoolsExportWriter sample = SampleExport.build();
        Path workbook = sample.writeXlsx(dir.resolve("RVTools_export_all.xlsx"));
        Path csv = sample.writeCsv(dir.resolve("csv"));
        assertThat(read(workbook).document()).isEqualTo(read(WORKBOOK).document());
        assertThat(read(csv).document()).isEqualTo(read(CSV).document());
    }

    @Test
    void oneTabCsvOnItsOwnLoads() {
        Path vInfo = CSV.resolve("RVTools_tabvInfo.csv");
        SourcedDocument sourced = read(vInfo);
        Estate estate = assemble(sourced);
        assertThat(estate.vms()).hasSize(read(WORKBOOK).document().vms().size());
        assertThat(estate.hosts()).extracting(Host::cluster).contains("CL-PROD", "CL-DEV");
        assertThat(estate.info().name()).isEqualTo("RVTools_tabvInfo");
        assertThat(sourced.locator().locate("/vms/0")).isEqualTo(new SourceRef(vInfo.toString(), "2"));
    }

    @Test
    void rvtoolsAloneGivesTheFindingsItHolds() {
        List<Finding> findings = TestEstates.evaluate(assemble(read(WORKBOOK))).findings();
        assertThat(fired(findings, "STO-002")).containsExactly("esx03.acme.local:DS-PROD-03");
        assertThat(fired(findings, "TIM-001")).containsExactly("esx06.acme.local");
        assertThat(fired(findings, "STO-010")).containsExactly("DS-PROD-02");
        assertThat(fired(findings, "NET-001")).containsExactly("300");
        assertThat(fired(findings, "NET-002")).containsExactly("20");
        assertThat(fired(findings, "STO-004")).isEmpty();
        assertThat(fired(findings, "AVL-002")).as("environment comes from the CMDB").isEmpty();
    }

    @Test
    void mergedWithTheCmdbAndStorageCsvsItGivesBelievableFindings() {
        CsvInventoryImporter csv = new CsvInventoryImporter();
        Path cmdb = Path.of("sample-data/rvtools/cmdb/vms.csv");
        Path storage = Path.of("sample-data/rvtools/storage/luns.csv");
        Estate estate = assemble(EstateMerger.merge(List.of(read(WORKBOOK), csv.read(cmdb, cmdb.toString()),
                csv.read(storage, storage.toString()))));
        assertThat(estate.luns()).filteredOn(l -> l.arrayMode() != null).hasSize(4);
        assertThat(estate.vms()).filteredOn(v -> v.environment() != null).hasSizeGreaterThan(20);
        List<Finding> findings = TestEstates.evaluate(estate).findings();
        assertThat(fired(findings, "AVL-002")).containsExactly("pay-batch01");
        assertThat(fired(findings, "BKP-001")).containsExactly("crm01");
        assertThat(fired(findings, "STO-002")).containsExactly("esx03.acme.local:DS-PROD-03");
        assertThat(fired(findings, "TIM-001")).containsExactly("esx06.acme.local");
        assertThat(fired(findings, "STO-010")).containsExactly("DS-PROD-02");
        assertThat(fired(findings, "NET-001")).containsExactly("300");
        assertThat(fired(findings, "STO-004")).as("RVTools holds no ALUA facts: unknown, not a violation").isEmpty();
    }
}
