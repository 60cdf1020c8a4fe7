package io.virtaudit.model;

/**
 * Hypervisor or container platform. Each product implies a virtualisation type (seed S1) used
 * when a document does not state one.
 */
public enum Product implements Wire {
    ESXI(Virtualization.PARA),
    HYPERV(Virtualization.PARA),
    KVM(Virtualization.NATIVE),
    PROXMOX(Virtualization.NATIVE),
    OVIRT(Virtualization.NATIVE),
    XEN(Virtualization.PARA),
    CITRIX(Virtualization.PARA),
    POWERVM(Virtualization.NATIVE),
    OPENVZ(Virtualization.OS_LEVEL),
    LXC(Virtualization.OS_LEVEL),
    SOLARIS_ZONES(Virtualization.OS_LEVEL),
    VIRTUALBOX(Virtualization.FULL),
    VMWARE_WORKSTATION(Virtualization.FULL),
    PARALLELS(Virtualization.FULL),
    VIRTUAL_PC(Virtualization.FULL),
    OTHER(null);

    private final Virtualization impliedVirtualization;

    Product(Virtualization impliedVirtualization) {
        this.impliedVirtualization = impliedVirtualization;
    }

    /** The virtualisation type this product implies, or null for {@code other}. */
    public Virtualization impliedVirtualization() {
        return impliedVirtualization;
    }

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
