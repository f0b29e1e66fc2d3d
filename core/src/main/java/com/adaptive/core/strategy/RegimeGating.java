package com.adaptive.core.strategy;

/**
 * Which regimes a strategy may enter in, as a bit mask over regime ordinals, and what an open position does when
 * the regime leaves that set. Entries outside the set are blocked and counted by the backtest.
 */
public record RegimeGating(long allowedMask, RegimeChangePolicy onRegimeChange) {
    private static final long ALL = -1L;

    public RegimeGating {
        if (onRegimeChange == null) {
            throw new IllegalArgumentException("onRegimeChange is required");
        }
    }

    /** No gating: every regime allowed, positions held. */
    public static RegimeGating off() {
        return new RegimeGating(ALL, RegimeChangePolicy.HOLD);
    }

    /** Gating that allows exactly the regimes with the given ordinals. */
    public static RegimeGating allowing(RegimeChangePolicy onRegimeChange, int... regimeOrdinals) {
        long mask = 0;
        for (int ordinal : regimeOrdinals) {
            if (ordinal < 0 || ordinal > 63) {
                throw new IllegalArgumentException("regime ordinal must be in [0, 63], was: " + ordinal);
            }
            mask |= 1L << ordinal;
        }
        return new RegimeGating(mask, onRegimeChange);
    }

    /** Gating that allows exactly {@code allowed}. */
    public static RegimeGating allowing(java.util.Set<com.adaptive.core.regime.Regime> allowed, RegimeChangePolicy onRegimeChange) {
        return allowing(onRegimeChange, allowed.stream().mapToInt(Enum::ordinal).toArray());
    }

    /** True when gating allows entries in regime {@code regimeOrdinal}; an unknown regime (-1) is allowed. */
    public boolean allows(int regimeOrdinal) {
        return regimeOrdinal < 0 || ((allowedMask >>> regimeOrdinal) & 1L) != 0;
    }

    /** True when every regime is allowed. */
    public boolean isOff() {
        return allowedMask == ALL;
    }
}
