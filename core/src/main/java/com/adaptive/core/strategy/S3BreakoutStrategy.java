package com.adaptive.core.strategy;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.regime.Regime;
import com.adaptive.core.indicator.DonchianChannel;

import java.util.Map;
import java.util.Set;

/**
 * S3 breakout: long when the close rises above the Donchian upper band of the previous {@code donchian} bars and
 * the bar's volume exceeds {@code vol_mult} times its {@code vol_sma}-bar average; bracket of {@code tp_atr} and
 * {@code sl_atr} ATRs; exits on the signal when the close falls under the previous bars' channel middle. Short
 * mirrors it with {@code short=1}.
 *
 * <p>The channel of bars t−N..t−1 is used because one that includes bar t can never be exceeded by its close.
 * Warm-up: {@code max(donchian, vol_sma - 1, atr)} bars.
 */
public final class S3BreakoutStrategy implements Strategy {
    public static final String ID = "S3";
    public static final StrategyParams DEFAULTS = StrategyParams.of(Map.of(
            "donchian", 20.0, "vol_sma", 20.0, "vol_mult", 1.5, "atr", 14.0, "tp_atr", 4.0, "sl_atr", 2.0,
            "short", 0.0));

    private final StrategyParams params;
    private final int donchianBars;
    private final int volumeBars;
    private final double volumeMultiple;
    private final int atrBars;
    private final double tpAtr;
    private final double slAtr;
    private final boolean allowShort;

    public S3BreakoutStrategy(StrategyParams given) {
        given.requireKnown(DEFAULTS.asMap().keySet(), ID);
        this.params = given.over(DEFAULTS);
        this.donchianBars = params.getInt("donchian", 1);
        this.volumeBars = params.getInt("vol_sma", 1);
        this.volumeMultiple = params.getDouble("vol_mult", 0);
        this.atrBars = params.getInt("atr", 1);
        this.tpAtr = params.getDouble("tp_atr", 0);
        this.slAtr = params.getDouble("sl_atr", 0);
        this.allowShort = params.getBoolean("short");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StrategyParams params() {
        return params;
    }

    @Override
    public int warmupBars() {
        return Math.max(donchianBars, Math.max(volumeBars - 1, atrBars));
    }

    @Override
    public Set<Regime> defaultAllowedRegimes() {
        return Set.of(Regime.TRENDING, Regime.TRANSITION);
    }

    @Override
    public SignalSource bind(BarSeries bars, IndicatorCache cache) {
        DonchianChannel channel = cache.donchian(donchianBars);
        double[] close = bars.close();
        double[] volume = bars.volume();
        double[] upper = channel.upper();
        double[] lower = channel.lower();
        double[] middle = channel.middle();
        double[] volumeAverage = cache.smaOfVolume(volumeBars);
        double[] atr = cache.atr(atrBars);
        double volMult = volumeMultiple;
        double tpMultiple = tpAtr;
        double slMultiple = slAtr;
        boolean shortToo = allowShort;
        return (t, positionSide, regimeOrdinal, out) -> {
            if (t == 0) {
                return;
            }
            double c = close[t];
            if (positionSide > 0) {
                if (c < middle[t - 1]) {
                    out.exit();
                }
                return;
            }
            if (positionSide < 0) {
                if (c > middle[t - 1]) {
                    out.exit();
                }
                return;
            }
            boolean volumeConfirms = volume[t] > volMult * volumeAverage[t];
            if (!volumeConfirms) {
                return;
            }
            if (c > upper[t - 1]) {
                Brackets.enterMarket(out, 1, tpMultiple * atr[t], tpMultiple > 0, slMultiple * atr[t], slMultiple > 0);
            } else if (shortToo && c < lower[t - 1]) {
                Brackets.enterMarket(out, -1, tpMultiple * atr[t], tpMultiple > 0, slMultiple * atr[t], slMultiple > 0);
            }
        };
    }
}
