package com.adaptive.core.order;

/**
 * What a strategy asks for: an entry and an OCO take-profit/stop-loss pair, the exit legs as distances from the
 * entry fill price (NaN: that leg is absent).
 *
 * <p>Distances rather than absolute prices because a market entry fills at a next open the strategy cannot know;
 * anchoring on the fill keeps the stop on the loss side of the entry even after a gap.
 */
public record BracketSpec(Side side, EntryType entryType, double limitPrice, double takeProfitDistance,
                          double stopLossDistance) {

    public BracketSpec {
        if (side == null || entryType == null) {
            throw new IllegalArgumentException("side and entryType are required");
        }
        if (entryType == EntryType.LIMIT && !(limitPrice > 0)) {
            throw new IllegalArgumentException("limitPrice must be positive for a LIMIT entry, was: " + limitPrice);
        }
        if (takeProfitDistance <= 0 || stopLossDistance <= 0) {
            throw new IllegalArgumentException("takeProfitDistance and stopLossDistance must be positive or NaN, were: "
                    + takeProfitDistance + ", " + stopLossDistance);
        }
    }

    /** Market entry at the next open with both exit legs. */
    public static BracketSpec market(Side side, double takeProfitDistance, double stopLossDistance) {
        return new BracketSpec(side, EntryType.MARKET_NEXT_OPEN, Double.NaN, takeProfitDistance, stopLossDistance);
    }

    /** Limit entry at {@code limitPrice} with both exit legs. */
    public static BracketSpec limit(Side side, double limitPrice, double takeProfitDistance, double stopLossDistance) {
        return new BracketSpec(side, EntryType.LIMIT, limitPrice, takeProfitDistance, stopLossDistance);
    }

    /** The take-profit price for an entry filled at {@code entryPrice}. */
    public double takeProfitPrice(double entryPrice) {
        return entryPrice + side.sign() * takeProfitDistance;
    }

    /** The stop-loss trigger price for an entry filled at {@code entryPrice}. */
    public double stopLossPrice(double entryPrice) {
        return entryPrice - side.sign() * stopLossDistance;
    }
}
