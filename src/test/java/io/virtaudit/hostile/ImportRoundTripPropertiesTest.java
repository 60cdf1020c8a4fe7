package io.virtaudit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.cli.Main;
import io.virtaudit.model.Estate;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random valid estates survive {@code virtaudit import}: the written document loads to the same estate. */
class ImportRoundTripPropertiesTest {

    record Shape(int hosts, int vms, int vlans, int seed) {
    }

    @Provide
    Arbitrary<Shape> shapes() {
        return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 4), Arbitraries.integers()).as(Shape::new);
    }

    /** A random but valid estate document: every reference resolves, every value in range. */
    static String estate(Shape s) {
        java.util.Random r = new java.util.Random(s.seed());
        String[] products = {"esxi", "hyperv", "kvm", "xen", "virtualbox", "lxc", "proxmox"};
        String[] states = {"on", "off", "suspended"};
        String[] envs = {"production", "test", "development"};
        StringBuilder y = new StringBuilder("formatVersion: 1\nestate: {name: \"Random " + s.seed()
                + "\", collectedAt: 2026-11-20T08:00:00Z}\nclusters:\n  - {id: c1, ha: {enabled: " + r.nextBoolean() + "}}\n");
        List<Integer> vlans = new ArrayList<>();
        y.append(s.vlans() == 0 ? "vlans: []\n" : "vlans:\n");
        for (int i = 0; i < s.vlans(); i++) {
            int id = 10 + i * 7;
            vlans.add(id);
            y.append("  - {id: ").append(id).append(", purposes: [").append(r.nextBoolean() ? "vm" : "storage")
                    .append("], mtu: ").append(r.nextBoolean() ? 1500 : 9000).append("}\n");
        }
        y.append("hosts:\n");
        for (int i = 0; i < s.hosts(); i++) {
            y.append("  - {id: h").append(i).append(r.nextBoolean() ? ", cluster: c1" : "")
                    .append(", hypervisor: {product: ").append(products[r.nextInt(products.length)])
                    .append(", version: \"8.0.").append(r.nextInt(4)).append("\"}, cpu: {sockets: ").append(1 + r.nextInt(2))
                    .append(", coresPerSocket: ").append(4 + r.nextInt(28)).append(", model: Intel Xeon}, memoryGb: ")
                    .append(64 + r.nextInt(960)).append(", ntpServers: [")
                    .append(r.nextBoolean() ? "ntp1" : "").append("], os: {family: linux}}\n");
        }
        y.append(s.vms() == 0 ? "vms: []\n" : "vms:\n");
        for (int i = 0; i < s.vms(); i++) {
            y.append("  - {id: vm").append(i).append(", host: h").append(r.nextInt(s.hosts())).append(", vcpus: ")
                    .append(1 + r.nextInt(16)).append(", memoryGb: ").append(1 + r.nextInt(64)).append(", powerState: ")
                    .append(states[r.nextInt(3)]).append(", environment: ").append(envs[r.nextInt(3)])
                    .append(", timingSensitive: ").append(r.nextInt(10) == 0).append(", guestOs: \"Ubuntu Linux\"");
            if (!vlans.isEmpty()) {
                y.append(", networks: [").append(vlans.get(r.nextInt(vlans.size()))).append("]");
            }
            vmConfiguration(y, r);
            y.append(", backup: {policy: ").append(r.nextBoolean() ? "daily" : "none").append("}}\n");
        }
        return y.toString();
    }

    /** Some of the VM configuration fields of issue 22, each present or not, in either spelling. */
    private static void vmConfiguration(StringBuilder y, java.util.Random r) {
        String[] limits = {"none", "NONE", "0", "1500", "2.5"};
        String[] modes = {"persistent", "independent_persistent", "independent-nonpersistent", "undoable"};
        if (r.nextBoolean()) {
            y.append(", hardwareVersion: ").append(r.nextBoolean() ? "vmx-" : "").append(4 + r.nextInt(18));
        }
        if (r.nextBoolean()) {
            y.append(", cpuLimitMhz: ").append(limits[r.nextInt(limits.length)])
                    .append(", memoryLimitGb: ").append(limits[r.nextInt(limits.length)])
                    .append(", cpuReservationMhz: ").append(r.nextInt(3000))
                    .append(", memoryReservationGb: ").append(r.nextInt(8)).append(".5");
        }
        if (r.nextBoolean()) {
            y.append(", consolidationNeeded: ").append(r.nextBoolean()).append(", latencySensitivity: ")
                    .append(r.nextBoolean() ? "normal" : "HIGH");
        }
        if (r.nextBoolean()) {
            y.append(", devices: [").append(r.nextBoolean() ? "{type: cdrom, connected: true, backing: iso}" : "")
                    .append("], disks: [{name: Hard disk 1, file: \"[ds] a/a-00000").append(r.nextInt(10))
                    .append(".vmdk\", capacityGb: ").append(1 + r.nextInt(500)).append(", mode: ")
                    .append(modes[r.nextInt(modes.length)]).append(", raw: none, sharing: multi_writer, thin: ")
                    .append(r.nextBoolean()).append("}], partitions: [{path: /, capacityGb: 10, freeGb: ")
                    .append(r.nextInt(11)).append("}]");
        }
    }

    @Property(tries = 25)
    void aRandomValidEstateRoundTripsThroughImport(@ForAll("shapes") Shape shape) throws IOException {
        Path dir = Files.createTempDirectory("virtaudit-roundtrip");
        try {
            Path source = dir.resolve("estate.yaml");
            Files.writeString(source, estate(shape));
            Path imported = dir.resolve("imported.yaml");
            StringWriter err = new StringWriter();
            int code = Main.run(TestEstates.CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(err),
                    "import", source.toString(), "-o", imported.toString());
            assertThat(code).as(err.toString()).isZero();
            Estate before = TestEstates.load(source);
            Estate after = TestEstates.load(imported);
            assertThat(after.hosts()).isEqualTo(before.hosts());
            assertThat(after.vms()).isEqualTo(before.vms());
            assertThat(after.vlans()).isEqualTo(before.vlans());
            assertThat(after.clusters()).isEqualTo(before.clusters());
            assertThat(after.info()).isEqualTo(before.info());
            assertThat(TestEstates.evaluate(after).findings().stream().map(f -> f.ruleId() + f.subject() + f.message()).toList())
                    .isEqualTo(TestEstates.evaluate(before).findings().stream().map(f -> f.ruleId() + f.subject() + f.message()).toList());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
