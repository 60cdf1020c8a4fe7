package io.virtaudit.importer;

/** A document with every field the second edition added outside the VMs, for the tests of several packages. */
public final class EstateAdditionsFixture {

    public static final String YAML = EstateAdditionsTest.FULL_YAML;

    private EstateAdditionsFixture() {
    }
}
