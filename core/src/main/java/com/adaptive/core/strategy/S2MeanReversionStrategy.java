package com.adaptive.core.strategy;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.regime.Regime;
import com.adaptive.core.indicator.BollingerBands;

import java.util.Map;
import java.util.Set;

/**
 * S2 mean reversion: long when the close is under the lower Bollinger band and RSI is below {@code rsi_low};
 * the take-profit targets the middle band (distance middle − close at the signal bar), the stop is
 * {@code sl_atr} ATRs; also exits on the signal once the close is back at the middle band. Short mirrors it
 * (above the upper band, RSI above {@code rsi_high}) with {@code short=1}.
 *
 * <p>Warm-up: {@code max(bb - 1, rsi, atr)} bars.
 */
public final class S2MeanReversionStrategy implements Strategy {
    public static final String ID = "S2";
    public static final StrategyParams DEFAULTS = StrategyParams.of(Map.of(
            "bb", 20.0, "bb_k", 2.0, "rsi", 14.0, "rsi_low", 30.0, "rsi_high", 70.0, "atr", 14.0, "sl_atr", 2.0,
            "short", 0.0));

    private final StrategyParams params;
    private final int bbBars;
    private final double bbK;
    private final int rsiBars;
    private final double rsiLow;
    private final double rsiHigh;
    private final int atrBars;
    private final double slAtr;
    private final boolean allowShort;

    public S2MeanReversionStrategy(StrategyParams given) {
        given.requireKnown(DEFAULTS.asMap().keySet(), ID);
        this.params = given.over(DEFAULTS);
        this.bbBars = params.getInt("bb", 2);
        this.bbK = params.getDouble("bb_k", 0);
        this.rsiBars = params.getInt("rsi", 1);
        this.rsiLow = params.getDouble("rsi_low", 0);
        this.rsiHigh = params.getDouble("rsi_high", 0);
        this.atrBars = params.getInt("atr", 1);
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
        return Math.max(bbBars - 1, Math.max(rsiBars, atrBars));
    }

    @Override
    public Set<Regime> defaultAllowedRegimes() {
        return Set.of(Regime.RANGING);
    }

    @Override
    public SignalSource bind(BarSeries bars, IndicatorCache cache) {
        BollingerBands bands = cache.bollinger(bbBars, bbK);
        double[] close = bars.close();
        double[] middle = bands.middle();
        double[] upper = bands.upper();
        double[] lower = bands.lower();
        double[] rsi = cache.rsi(rsiBars);
        double[] atr = cache.atr(atrBars);
        double low = rsiLow;
        double high = rsiHigh;
        double slMultiple = slAtr;
        boolean shortToo = allowShort;
        return (t, positionSide, regimeOrdinal, out) -> {
            double c = close[t];
            if (positionSide > 0) {
                if (c >= middle[t]) {
                    out.exit();
                }
            } else if (positionSide < 0) {
                if (c <= middle[t]) {
                    out.exit();
                }
            } else if (c < lower[t] && rsi[t] < low) {
                Brackets.enterMarket(out, 1, middle[t] - c, true, slMultiple * atr[t], slMultiple > 0);
            } else if (shortToo && c > upper[t] && rsi[t] > high) {
                Brackets.enterMarket(out, -1, c - middle[t], true, slMultiple * atr[t], slMultiple > 0);
            }
        };
    }
}
