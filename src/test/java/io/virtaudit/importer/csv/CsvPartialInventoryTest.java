package io.virtaudit.importer.csv;

import static io.virtaudit.importer.csv.CsvFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.importer.EstateMerger;
import io.virtaudit.importer.SourcedDocument;
import io.virtaudit.model.Criticality;
import io.virtaudit.model.Environment;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.Vm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CMDB export that carries ids and a few columns: partial objects that another input completes. */
class CsvPartialInventoryTest {

    @Test
    void aCmdbExportGivesPartialVms() {
        List<Vm> vms = read("cmdb/vms.csv").document().vms();
        assertThat(vms).extracting(Vm::id).containsExactly("web01", "trade01", "dev01");
        Vm trade = vms.get(1);
        assertThat(trade.host()).as("required fields are checked after the merge").isNull();
        assertThat(trade.environment()).isEqualTo(Environment.PRODUCTION);
        assertThat(trade.criticality()).isEqualTo(Criticality.CRITICAL);
        assertThat(trade.timingSensitive()).isTrue();
        assertThat(trade.backup()).isEqualTo(new Vm.Backup("none", null));
        assertThat(trade.vcpus()).isNull();
        Vm dev = vms.get(2);
        assertThat(dev.timingSensitive()).isNull();
        assertThat(dev.backup()).isNull();
    }

    @Test
    void mergedWithTheInventoryEachFieldKeepsItsOwnLine() {
        SourcedDocument inventory = read("full");
        SourcedDocument cmdb = read("cmdb/vms.csv");
        SourcedDocument merged = EstateMerger.merge(List.of(inventory, cmdb));
        List<Vm> vms = merged.document().vms();
        assertThat(vms).extracting(Vm::id).containsExactly("web01", "db01", "tpl01", "trade01", "dev01");
        assertThat(vms.get(3).timingSensitive()).isTrue();
        assertThat(merged.locator().locate("/vms/3")).isEqualTo(new SourceRef("cmdb/vms.csv", "3"));
        assertThat(merged.locator().locate("/vms/0/host")).isEqualTo(new SourceRef("full/vms.csv", "2"));
    }
}
