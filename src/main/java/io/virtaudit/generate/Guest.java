package io.virtaudit.generate;

/**
 * What a VM is for: its workload, guest OS, classification and whether it is timing-sensitive,
 * drawn from its index and its host's platform.
 */
record Guest(String prefix, String guestOs, String owner, boolean template, boolean timingSensitive,
             boolean alwaysOn, String environment, String criticality) {

    private static final String[] CONTAINER_OS = {"Ubuntu 22.04 LTS", "Debian 12 (bookworm)", "Rocky Linux 9"};

    static Guest of(Plan plan, HostPlan host, int v) {
        Dice dice = plan.dice;
        int slot = v % Layout.VMS_PER_HOST;
        Profile p = host.profile();
        if (p == Profile.POWERVM && (slot == 0 || (slot == 1 && !host.singleVios()))) {
            return new Guest("vios", "IBM VIOS 3.1.4", "infra-unix", false, false, true, "other", "high");
        }
        boolean timing = dice.chance("vm.timing", v, 0.005)
                || (slot == 0 && (host.ntpServers() == 0 || host.smallCpu()))
                || (p == Profile.LAB && slot == 3);
        if (timing) {
            boolean pbx = dice.chance("vm.pbx", v, 0.4) && p != Profile.LXC && p != Profile.POWERVM;
            return new Guest(pbx ? "pbx" : "trade", pbx ? "Microsoft Windows Server 2022 (64-bit)"
                    : "Red Hat Enterprise Linux 9 (64-bit)", pbx ? "telephony" : "trading-it", false, true, false,
                    "production", dice.chance("vm.ts-critical", v, 0.5) ? "critical" : "high");
        }
        String environment = environment(dice, host, v, slot);
        String criticality = criticality(dice, environment, v);
        if (p == Profile.POWERVM) {
            return new Guest("lpar", dice.oneOf("vm.aix", v, "IBM AIX 7.3", "IBM AIX 7.2", "IBM i 7.5"),
                    "infra-unix", false, false, false, environment, criticality);
        }
        if (p == Profile.LXC) {
            String os = dice.chance("vm.foreign-container", v, 0.03) ? "Microsoft Windows Server 2022 (64-bit)"
                    : CONTAINER_OS[dice.pick("vm.container-os", v, CONTAINER_OS.length)];
            return new Guest("ct", os, "devops", false, false, false, environment, criticality);
        }
        Workloads w = Workloads.values()[dice.pick("vm.workload", v, Workloads.values().length)];
        boolean onLocalDisk = host.localDatastore() && slot == 0;
        if (!onLocalDisk && dice.chance("vm.template", v, 0.01)) {
            return new Guest("tpl", w.guestOs, "infra-vmware", true, false, false, null, null);
        }
        return new Guest(w.prefix, w.guestOs, w.owner, false, false, onLocalDisk, environment, criticality);
    }

    private static String environment(Dice dice, HostPlan host, int v, int slot) {
        Profile p = host.profile();
        if (p == Profile.LXC) {
            if (host.mixedZones() && slot < 2) {
                return slot == 0 ? "production" : "test";
            }
            return "development";
        }
        double roll = dice.roll("vm.environment", v);
        if (p == Profile.LAB) {
            return roll < 0.1 ? "production" : roll < 0.2 ? "test" : "development";
        }
        if (roll < 0.40) {
            return "production";
        }
        if (roll < 0.65) {
            return "test";
        }
        if (roll < 0.90) {
            return "development";
        }
        return roll < 0.97 ? "dr" : "other";
    }

    private static String criticality(Dice dice, String environment, int v) {
        double roll = dice.roll("vm.criticality", v);
        return switch (environment) {
            case "production" -> roll < 0.05 ? "critical" : roll < 0.40 ? "high" : roll < 0.85 ? "medium" : "low";
            case "dr" -> roll < 0.3 ? "high" : "medium";
            default -> roll < 0.4 ? "medium" : "low";
        };
    }

    /** PC(vm) of the catalogue: production, or critical or high. */
    boolean productionOrCritical() {
        return "production".equals(environment) || "critical".equals(criticality) || "high".equals(criticality);
    }
}
