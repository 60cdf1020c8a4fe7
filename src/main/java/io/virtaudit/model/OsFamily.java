package io.virtaudit.model;

/** Operating-system family of a host or a guest; containers must match their host's. */
public enum OsFamily implements Wire {
    LINUX, WINDOWS, SOLARIS, BSD, AIX, OTHER;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
