package io.virtaudit.model;

/** The seed's four virtualisation types (S1): full is binary translation, para hybrid or hardware-assisted, native kernel-core, os-level containers, jails and zones. */
public enum Virtualization implements Wire {
    FULL, PARA, NATIVE, OS_LEVEL;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
