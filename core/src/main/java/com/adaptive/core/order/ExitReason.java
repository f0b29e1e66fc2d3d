package com.adaptive.core.order;

/** Why a position was closed; {@code code()} is the short form written to trades.csv. */
public enum ExitReason {
    TAKE_PROFIT("TP"),
    STOP_LOSS("SL"),
    SIGNAL("signal"),
    REGIME("regime"),
    END("end");

    private final String code;

    ExitReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
