package io.virtaudit.generate;

/** The kinds of guests the synthetic estate runs: an id prefix, the guest OS and the owning team. */
enum Workloads {
    WEB("web", "Red Hat Enterprise Linux 9 (64-bit)", "web-team"),
    APP("app", "Red Hat Enterprise Linux 8 (64-bit)", "app-team"),
    DB("db", "Microsoft Windows Server 2022 (64-bit)", "dba-team"),
    ORA("ora", "Oracle Linux 8 (64-bit)", "dba-team"),
    DC("dc", "Microsoft Windows Server 2022 (64-bit)", "infra-windows"),
    FILE("fs", "Microsoft Windows Server 2019 (64-bit)", "infra-windows"),
    K8S("k8s", "Ubuntu Linux (64-bit)", "platform-team"),
    MQ("mq", "Red Hat Enterprise Linux 9 (64-bit)", "integration"),
    MON("mon", "Ubuntu Linux (64-bit)", "observability"),
    SAP("sap", "SUSE Linux Enterprise 15 (64-bit)", "sap-basis"),
    RDS("rds", "Microsoft Windows Server 2022 (64-bit)", "workplace"),
    CI("ci", "Debian GNU/Linux 12 (64-bit)", "devops");

    final String prefix;
    final String guestOs;
    final String owner;

    Workloads(String prefix, String guestOs, String owner) {
        this.prefix = prefix;
        this.guestOs = guestOs;
        this.owner = owner;
    }
}
