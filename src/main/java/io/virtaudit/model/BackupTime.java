package io.virtaudit.model;

import java.time.Instant;

/** The time of a VM's last successful backup, or {@code never}: no backup has ever succeeded. */
public record BackupTime(Instant at) {

    public static final String NEVER_WORD = "never";
    public static final BackupTime NEVER = new BackupTime(null);

    public boolean never() {
        return at == null;
    }

    @Override
    public String toString() {
        return never() ? NEVER_WORD : at.toString();
    }
}
