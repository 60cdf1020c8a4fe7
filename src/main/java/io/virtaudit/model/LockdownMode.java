package io.virtaudit.model;

import java.util.List;

/** ESXi lockdown mode; PowerCLI writes the values as {@code lockdownDisabled} and so on, which are read too. */
public enum LockdownMode implements Wire {
    DISABLED, NORMAL, STRICT;

    @Override
    public String wireName() {
        return Wire.of(this);
    }

    @Override
    public List<String> alternativeSpellings() {
        return List.of("lockdown" + wireName());
    }
}
