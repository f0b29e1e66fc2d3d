package com.adaptive.core.strategy;

/** Shared bracket arithmetic of the strategies. */
final class Brackets {
    private Brackets() {
    }

    /**
     * Enters at market unless a wanted leg has no positive distance (an ATR still warming up, or zero on frozen
     * bars): a stop at the entry price would only buy fees.
     */
    static void enterMarket(Intent out, int side, double tpDistance, boolean tpWanted, double slDistance, boolean slWanted) {
        boolean tpOk = !tpWanted || tpDistance > 0;
        boolean slOk = !slWanted || slDistance > 0;
        if (tpOk && slOk) {
            out.enterMarket(side, tpWanted ? tpDistance : Double.NaN, slWanted ? slDistance : Double.NaN);
        }
    }
}
