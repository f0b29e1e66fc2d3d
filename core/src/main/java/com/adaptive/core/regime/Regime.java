package com.adaptive.core.regime;

import java.util.Locale;

/** The market state the classifier reports. */
public enum Regime {
    TRENDING,
    RANGING,
    TRANSITION,
    HIGH_VOLATILITY;

    /** Parses a regime name, case-insensitively; the message lists the valid names. */
    public static Regime parse(String name) {
        String wanted = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (Regime r : values()) {
            if (r.name().equals(wanted)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown regime '" + name + "': expected one of TRENDING, RANGING, TRANSITION, HIGH_VOLATILITY");
    }
}
