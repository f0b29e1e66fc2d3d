package com.adaptive.core.order;

/** The direction of a position: long profits when price rises, short when it falls. */
public enum Side {
    LONG(1),
    SHORT(-1);

    private final int sign;

    Side(int sign) {
        this.sign = sign;
    }

    /** +1 for long, -1 for short: multiplies a price move into a per-unit profit. */
    public int sign() {
        return sign;
    }

    /** The side whose sign is {@code sign}; 0 is not a side. */
    public static Side ofSign(int sign) {
        if (sign == 1) {
            return LONG;
        }
        if (sign == -1) {
            return SHORT;
        }
        throw new IllegalArgumentException("side sign must be 1 or -1, was: " + sign);
    }
}
