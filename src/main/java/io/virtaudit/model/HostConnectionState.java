package io.virtaudit.model;

/** A host's connection state as its manager sees it; only {@code connected} leaves its facts current. */
public enum HostConnectionState implements Wire {
    CONNECTED, DISCONNECTED, NOT_RESPONDING;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
