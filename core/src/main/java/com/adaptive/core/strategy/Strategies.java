package com.adaptive.core.strategy;

import java.util.List;
import java.util.Locale;

/** The catalog of strategies by id: {@code S1}, {@code S2}, {@code S3}. */
public final class Strategies {
    public static final List<String> IDS = List.of(S1TrendStrategy.ID, S2MeanReversionStrategy.ID, S3BreakoutStrategy.ID);

    private Strategies() {
    }

    /** Creates strategy {@code id} with {@code params} over its defaults; unknown ids and names are rejected. */
    public static Strategy create(String id, StrategyParams params) {
        String key = id == null ? "" : id.trim().toUpperCase(Locale.ROOT);
        switch (key) {
            case "S1":
                return new S1TrendStrategy(params);
            case "S2":
                return new S2MeanReversionStrategy(params);
            case "S3":
                return new S3BreakoutStrategy(params);
            default:
                throw new IllegalArgumentException("unknown strategy '" + id + "': expected one of " + IDS);
        }
    }

    /** The default parameters of strategy {@code id}. */
    public static StrategyParams defaults(String id) {
        return create(id, StrategyParams.empty()).params();
    }
}
