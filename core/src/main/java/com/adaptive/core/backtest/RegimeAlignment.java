package com.adaptive.core.backtest;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.regime.RegimeClassification;

import java.util.Arrays;

/** Maps the classifier's 5-minute decisions onto bars: the regime known at each bar's close. */
public final class RegimeAlignment {
    private RegimeAlignment() {
    }

    /**
     * One regime ordinal per bar: the latest decision whose time (its bucket's end) is at or before the bar's close
     * ({@code open + barMillis}), -1 before the first decision. A decision never reaches a bar that closed before
     * its bucket ended, so gating sees no future.
     */
    public static byte[] perBar(BarSeries bars, RegimeClassification decisions, long barMillis) {
        long[] time = bars.openTimeMillis();
        byte[] out = new byte[time.length];
        Arrays.fill(out, (byte) -1);
        int d = 0;
        int current = -1;
        for (int t = 0; t < time.length; t++) {
            long barClose = time[t] + barMillis;
            while (d < decisions.size() && decisions.decisionTimeMillis(d) <= barClose) {
                current = decisions.regime(d).ordinal();
                d++;
            }
            out[t] = (byte) current;
        }
        return out;
    }
}
