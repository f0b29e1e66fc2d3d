package com.adaptive.core.strategy;

/** What happens to an open position when the regime turns into one the strategy is not allowed to enter in. */
public enum RegimeChangePolicy {
    /** Keep the position; its take-profit and stop keep working. */
    HOLD,
    /** Exit at the next open (exit reason {@code regime}). */
    EXIT
}
