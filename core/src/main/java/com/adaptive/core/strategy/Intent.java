package com.adaptive.core.strategy;

import com.adaptive.core.order.BracketSpec;
import com.adaptive.core.order.EntryType;
import com.adaptive.core.order.Side;

/**
 * What a strategy wants after the close of bar t: nothing, enter with a bracket, or exit the open position.
 *
 * <p>Deliberately a reused mutable buffer rather than a record: the backtest calls a strategy on every bar and
 * must not allocate there. {@link #toBracketSpec()} turns an entry into the immutable value for live trading.
 */
public final class Intent {
    public static final int NONE = 0;
    public static final int ENTER = 1;
    public static final int EXIT = 2;

    private int action;
    private int sideSign;
    private boolean limit;
    private double limitPrice = Double.NaN;
    private double takeProfitDistance = Double.NaN;
    private double stopLossDistance = Double.NaN;

    /** Enter at the next open; distances from the fill price, NaN for no leg. */
    public void enterMarket(int sideSign, double takeProfitDistance, double stopLossDistance) {
        if (sideSign != 1 && sideSign != -1) {
            // checked here, on the rare entry, so that the engine's per-bar path stays check-free
            throw new IllegalArgumentException("side sign must be 1 or -1, was: " + sideSign);
        }
        this.action = ENTER;
        this.sideSign = sideSign;
        this.limit = false;
        this.limitPrice = Double.NaN;
        this.takeProfitDistance = takeProfitDistance;
        this.stopLossDistance = stopLossDistance;
    }

    /** Enter with a limit order at {@code limitPrice}; distances from the fill price, NaN for no leg. */
    public void enterLimit(int sideSign, double limitPrice, double takeProfitDistance, double stopLossDistance) {
        enterMarket(sideSign, takeProfitDistance, stopLossDistance);
        this.limit = true;
        this.limitPrice = limitPrice;
    }

    /** Leave the open position at the next open. */
    public void exit() {
        this.action = EXIT;
    }

    /** Resets to NONE; the engine calls it before asking the strategy. */
    public void clear() {
        action = NONE;
    }

    public int action() {
        return action;
    }

    public int sideSign() {
        return sideSign;
    }

    public boolean isLimit() {
        return limit;
    }

    public double limitPrice() {
        return limitPrice;
    }

    public double takeProfitDistance() {
        return takeProfitDistance;
    }

    public double stopLossDistance() {
        return stopLossDistance;
    }

    /** The entry as an immutable bracket spec; only valid when {@link #action()} is ENTER. */
    public BracketSpec toBracketSpec() {
        if (action != ENTER) {
            throw new IllegalStateException("Cannot build a bracket from an intent whose action is " + action);
        }
        return new BracketSpec(Side.ofSign(sideSign), limit ? EntryType.LIMIT : EntryType.MARKET_NEXT_OPEN, limitPrice,
                takeProfitDistance, stopLossDistance);
    }
}
