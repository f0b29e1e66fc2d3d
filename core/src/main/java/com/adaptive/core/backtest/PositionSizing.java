package com.adaptive.core.backtest;

/**
 * How many units an entry buys: a fraction of equity as notional, or the quantity that loses {@code fraction}
 * of equity if the stop fills (capped at all of equity as notional, spot has no leverage).
 */
public record PositionSizing(Mode mode, double fraction) {

    /** The sizing rule. */
    public enum Mode { FRACTION_OF_EQUITY, RISK_PER_TRADE }

    public PositionSizing {
        if (mode == null) {
            throw new IllegalArgumentException("sizing mode is required");
        }
        if (!(fraction > 0) || fraction > 1) {
            throw new IllegalArgumentException("sizing fraction must be in (0, 1], was: " + fraction);
        }
    }

    /** All equity in each trade. */
    public static PositionSizing allIn() {
        return new PositionSizing(Mode.FRACTION_OF_EQUITY, 1.0);
    }

    /**
     * Units to trade at {@code price} with {@code equity} when the entry fee rate is {@code feeRate}; the fee is
     * paid out of the same equity, hence the {@code 1 + feeRate}. A stop distance of NaN falls back to the cap.
     */
    public double quantity(double equity, double price, double stopDistance, double feeRate) {
        double maxUnits = equity / (price * (1 + feeRate));
        if (mode == Mode.FRACTION_OF_EQUITY) {
            return fraction * maxUnits;
        }
        double riskUnits = fraction * equity / stopDistance;
        return riskUnits < maxUnits ? riskUnits : maxUnits;
    }
}
