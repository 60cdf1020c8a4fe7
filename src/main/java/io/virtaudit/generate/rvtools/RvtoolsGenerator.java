package io.virtaudit.generate.rvtools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a synthetic RVTools 4.7 export ({@code virtaudit generate --format rvtools}): every tab
 * RVTools writes, each with its full header, two vCenters, adapter-only multipath cells, VLAN 0
 * port groups, vSphere Cluster Services VMs, a {@code datastore1} in each vCenter and custom
 * attributes between {@code Annotation} and {@code Datacenter}, so that the benchmark reads as much
 * sheet XML per VM as a real export holds (about 14 KB). The second-edition columns carry a few
 * percent of slips ({@link ExportSlips}) for the rules that read them. The workbook is streamed part by part
 * into the zip, each row made from the seed and its object's index ({@link ExportPlan}); only the
 * shared strings that repeat are kept (see {@link SharedStrings}), and the same seed gives the
 * same bytes.
 */
public final class RvtoolsGenerator {

    /** Every zip entry carries this time, so that two runs give the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2025, 6, 2, 7, 30);

    private final ExportPlan plan;

    public RvtoolsGenerator(int vms, long seed) {
        if (vms < 1) {
            throw new IllegalArgumentException("--vms must be at least 1");
        }
        this.plan = new ExportPlan(vms, seed);
    }

    /** What the export holds, for the command's summary. */
    public record Counts(int vcenters, int clusters, int hosts, int vms) {
    }

    public Counts counts() {
        return new Counts(plan.sites.length, plan.clusters, plan.hosts, plan.vms);
    }

    /** Writes a row of a tab: the object (VM, host, cluster, vCenter) and which of its rows. */
    @FunctionalInterface
    private interface RowWriter {
        void write(Sheet sheet, int object, int n);
    }

    /** One tab: how many objects it walks, how many rows each gives, and how a row is written. */
    private record TabPlan(String name, int objects, IntUnaryOperator rows, RowWriter writer) {
        long totalRows() {
            long total = 0;
            for (int i = 0; i < objects; i++) {
                total += rows.applyAsInt(i);
            }
            return total;
        }
    }

    private List<TabPlan> tabs(VmTabs vm) {
        HostTabs host = new HostTabs(plan);
        ClusterTabs cluster = new ClusterTabs(plan, host);
        SiteTabs site = new SiteTabs(plan);
        int vms = plan.vms;
        int hosts = plan.hosts;
        int clusters = plan.clusters;
        int sites = plan.sites.length;
        List<TabPlan> tabs = new ArrayList<>();
        tabs.add(new TabPlan("vInfo", vms, i -> 1, (s, i, n) -> vm.vInfo(s, i)));
        tabs.add(new TabPlan("vCPU", vms, i -> 1, (s, i, n) -> vm.vCpu(s, i)));
        tabs.add(new TabPlan("vMemory", vms, i -> 1, (s, i, n) -> vm.vMemory(s, i)));
        tabs.add(new TabPlan("vDisk", vms, plan::disks, vm::vDisk));
        tabs.add(new TabPlan("vPartition", vms, vm::partitions, vm::vPartition));
        tabs.add(new TabPlan("vNetwork", vms, plan::nics, vm::vNetwork));
        tabs.add(new TabPlan("vCD", vms, i -> plan.agent(i) ? 0 : 1, (s, i, n) -> vm.vCd(s, i)));
        tabs.add(new TabPlan("vUSB", vms, i -> plan.usb(i) ? 1 : 0, (s, i, n) -> vm.vUsb(s, i)));
        tabs.add(new TabPlan("vSnapshot", vms, plan::snapshots, vm::vSnapshot));
        tabs.add(new TabPlan("vTools", vms, i -> 1, (s, i, n) -> vm.vTools(s, i)));
        tabs.add(new TabPlan("vSource", sites, i -> 1, (s, i, n) -> site.vSource(s, plan.sites[i])));
        tabs.add(new TabPlan("vRP", clusters, i -> 2, cluster::vRp));
        tabs.add(new TabPlan("vCluster", clusters, i -> 1, (s, i, n) -> cluster.vCluster(s, i)));
        tabs.add(new TabPlan("vHost", hosts, i -> 1, (s, i, n) -> host.vHost(s, i)));
        tabs.add(new TabPlan("vHBA", hosts, host::adapters, host::vHba));
        tabs.add(new TabPlan("vNIC", hosts, host::nics, host::vNic));
        tabs.add(new TabPlan("vSwitch", hosts, host::switches, host::vSwitch));
        tabs.add(new TabPlan("vPort", hosts, host::portGroups, host::vPort));
        tabs.add(new TabPlan("dvSwitch", clusters, i -> 1, (s, i, n) -> cluster.dvSwitch(s, i)));
        tabs.add(new TabPlan("dvPort", clusters, i -> ClusterTabs.PORT_GROUPS, cluster::dvPort));
        tabs.add(new TabPlan("vSC_VMK", hosts, i -> 3, host::vScVmk));
        tabs.add(new TabPlan("vDatastore", clusters, cluster::datastores, cluster::vDatastore));
        tabs.add(new TabPlan("vMultiPath", hosts, i -> host.multipaths(), host::vMultiPath));
        tabs.add(new TabPlan("vLicense", sites, i -> SiteTabs.LICENSES, (s, i, n) -> site.vLicense(s, plan.sites[i], n)));
        tabs.add(new TabPlan("vFileInfo", clusters, i -> cluster.files(), cluster::vFileInfo));
        tabs.add(new TabPlan("vHealth", vms + hosts, site::health, site::vHealth));
        tabs.add(new TabPlan("vMetaData", sites, i -> 1, (s, i, n) -> site.vMetaData(s, plan.sites[i])));
        return tabs;
    }

    /** Writes the workbook to a stream, which stays open. */
    public void write(OutputStream target) throws IOException {
        VmTabs vm = new VmTabs(plan);
        List<TabPlan> tabs = tabs(vm);
        SharedStrings strings = new SharedStrings(plan.vms, vm);
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(target), StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        List<String> names = tabs.stream().map(TabPlan::name).toList();
        part(zip, "[Content_Types].xml", Parts.contentTypes(names.size()));
        part(zip, "_rels/.rels", Parts.packageRelations());
        part(zip, "docProps/app.xml", Parts.app(names));
        part(zip, "docProps/core.xml", Parts.core());
        part(zip, "xl/workbook.xml", Parts.workbook(names));
        part(zip, "xl/_rels/workbook.xml.rels", Parts.workbookRelations(names.size()));
        part(zip, "xl/styles.xml", Parts.styles());
        for (int t = 0; t < tabs.size(); t++) {
            TabPlan tab = tabs.get(t);
            zip.putNextEntry(entry("xl/worksheets/sheet" + (t + 1) + ".xml"));
            Sheet sheet = new Sheet(zip, strings, tab.name(), tab.totalRows());
            for (int i = 0; i < tab.objects(); i++) {
                int rows = tab.rows().applyAsInt(i);
                for (int n = 0; n < rows; n++) {
                    tab.writer().write(sheet, i, n);
                }
            }
            sheet.finish();
            zip.closeEntry();
        }
        zip.putNextEntry(entry("xl/sharedStrings.xml"));
        strings.writeTo(zip);
        zip.closeEntry();
        zip.finish();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    /** Lets the zip finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
