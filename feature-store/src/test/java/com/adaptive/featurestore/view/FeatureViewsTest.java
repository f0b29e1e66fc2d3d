package com.adaptive.featurestore.view;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.sim.RegimeSimulator;
import com.adaptive.core.sim.SimulatorConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeatureViewsTest {
    private static final Map<String, String> TREND = Map.of("ema_fast_bars", "12", "ema_slow_bars", "26", "rsi_bars", "14", "slope_bars", "60");

    @Test
    void aChangedParameterChangesTheFingerprintButNotTheTable() {
        FeatureView v1 = FeatureViews.trend(1, TREND);
        FeatureView changed = FeatureViews.trend(1, Map.of("ema_fast_bars", "10", "ema_slow_bars", "26", "rsi_bars", "14", "slope_bars", "60"));
        assertThat(changed.fingerprint()).isNotEqualTo(v1.fingerprint());
        assertThat(changed.tableName()).isEqualTo(v1.tableName()).isEqualTo("features_trend_v1");
        assertThat(FeatureViews.trend(1, TREND).fingerprint()).isEqualTo(v1.fingerprint());
    }

    @Test
    void findResolvesNameToLatestVersionAndNameColonVersionExactly() {
        FeatureViews views = new FeatureViews(java.util.List.of(FeatureViews.trend(1, TREND),
                FeatureViews.trend(2, Map.of("ema_fast_bars", "10", "ema_slow_bars", "26", "rsi_bars", "14", "slope_bars", "60"))));
        assertThat(views.find("trend").version()).isEqualTo(2);
        assertThat(views.find("trend:1").version()).isEqualTo(1);
        assertThat(views.latest()).extracting(FeatureView::id).containsExactly("trend:2");
        assertThatThrownBy(() -> views.find("momentum"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown feature view 'momentum': declared views are trend:1, trend:2");
    }

    @Test
    void trendValuesMatchAHandComputedEmaAndAreCausal() {
        BarSeries bars = new RegimeSimulator(SimulatorConfig.DEFAULTS).simulate(7, 600).bars();
        FeatureView view = FeatureViews.trend(1, TREND);
        double[][] full = view.compute(bars);
        // EMA(12) seeded TA-Lib style with the SMA of the first 12 closes, alpha 2/13
        double[] close = bars.close();
        double ema = 0;
        for (int i = 0; i < 12; i++) {
            ema += close[i] / 12;
        }
        for (int i = 12; i < 500; i++) {
            ema += 2.0 / 13 * (close[i] - ema);
        }
        assertThat(full[0][499]).isCloseTo(ema, org.assertj.core.api.Assertions.within(1e-9 * ema));
        // values on a prefix equal the values on the whole series: no lookahead
        double[][] prefix = view.compute(bars.slice(0, 450));
        for (int f = 0; f < full.length; f++) {
            for (int i = 0; i < 450; i++) {
                assertThat(Double.doubleToLongBits(prefix[f][i])).isEqualTo(Double.doubleToLongBits(full[f][i]));
            }
        }
    }
}
