package com.adaptive.core.regime;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Thresholds and windows of the regime classifier. Bars are 1m bars; decisions come every 5 minutes.
 *
 * @param atrPeriodBars                Wilder ATR period (default 14)
 * @param vwapWindowBars               rolling VWAP window whose slope is measured (default 120)
 * @param slopeWindowBars              linear-regression window over the rolling VWAP (default 60)
 * @param shortVolBars                 short realized-volatility window of log returns (default 60)
 * @param longVolBars                  long realized-volatility window (default 2880, two days)
 * @param atrPercentileSamples         how many hourly ATR samples (taken on the hour) the current ATR is ranked
 *                                     against (default 168, 7 days)
 * @param trendSlopeMin                |vwap_slope| a trend needs besides its drift score (default 2.0 ATRs per slope window)
 * @param rangeSlopeMax                |vwap_slope| at or below which the market ranges whatever its drift (default 2.0)
 * @param highVolAtrPercentileMin      ATR percentile from which volatility counts as high (default 0.96)
 * @param highVolRatioMin              vol_ratio that, with a high ATR percentile or no drift, means high volatility (default 1.6)
 * @param fadingRatioMax               vol_ratio at or below which a high ATR percentile means volatility is fading (default 0.75)
 * @param volSpikeRatioMin             vol_ratio that alone means high volatility (default 2.0)
 * @param confirmDecisions             consecutive decisions a new regime must hold before it is reported (default 2)
 * @param driftWindowBars              short window of drift_z, the net log move over a window / (its realized vol ×
 *                                     √window) (default 120)
 * @param driftLongWindowBars          long window of drift_z (default 240)
 * @param driftLongWeight              weight of the long window: drift_z = (z(short) + w·z(long)) / (1 + w) (default 0.5)
 * @param trendDriftMin                drift score (|drift_z| + driftVolWeight × (vol_ratio − 1)) at or above which the
 *                                     market trends (default 0.9)
 * @param rangeDriftMax                drift score at or below which the market ranges; between the two the current
 *                                     TRENDING or RANGING regime holds (hysteresis), otherwise TRANSITION (default 0.9)
 * @param driftVolWeight               weight of vol_ratio − 1 in the drift score (default 0.5)
 * @param volRisingRatioMin            vol_ratio at or above which, without a trend's drift score, volatility is rising
 *                                     but not yet high: TRANSITION (default 1.3)
 * @param highVolDriftMax              |drift_z| below which vol_ratio ≥ highVolRatioMin alone means high volatility
 *                                     (default 1.6)
 * @param reversalWindowBars           window of the trend-reversal check, z of its net move (default 60)
 * @param trendReversalZ               a trend whose last reversalWindowBars moved against drift_z by more than this many
 *                                     noise units (z) is reported as TRANSITION (default 1.0)
 * @param fastVolBars                  fast volatility window, compared with the long drift window's (default 15)
 * @param fastVolRatioMin              fast vol ratio (rms of fastVolBars returns / of driftLongWindowBars returns) at or
 *                                     above which a market that is not trending is TRANSITION (volatility rising)
 *                                     (default 1.6)
 */
public record RegimeConfig(
        int atrPeriodBars,
        int vwapWindowBars,
        int slopeWindowBars,
        int shortVolBars,
        int longVolBars,
        int atrPercentileSamples,
        double trendSlopeMin,
        double rangeSlopeMax,
        double highVolAtrPercentileMin,
        double highVolRatioMin,
        double fadingRatioMax,
        double volSpikeRatioMin,
        int confirmDecisions,
        int driftWindowBars,
        int driftLongWindowBars,
        double driftLongWeight,
        double trendDriftMin,
        double rangeDriftMax,
        double driftVolWeight,
        double volRisingRatioMin,
        double highVolDriftMax,
        int reversalWindowBars,
        double trendReversalZ,
        int fastVolBars,
        double fastVolRatioMin) {

    /** The defaults, calibrated on simulator seeds 1–5 (see core/README.md). */
    public static final RegimeConfig DEFAULTS = new RegimeConfig(14, 120, 60, 60, 2880, 168, 0.5, 0.5, 0.98, 1.6, 0.75, 2.0, 1,
            120, 240, 0.5, 0.9, 0.8, 0.75, 1.3, 1.6, 60, 1.0, 15, 1.6);

    /**
     * The thirteen settings of the first classifier version; the later settings (driftWindowBars to fastVolRatioMin)
     * take their defaults. Kept so callers written against that version still compile.
     */
    public RegimeConfig(int atrPeriodBars, int vwapWindowBars, int slopeWindowBars, int shortVolBars, int longVolBars,
                        int atrPercentileSamples, double trendSlopeMin, double rangeSlopeMax, double highVolAtrPercentileMin,
                        double highVolRatioMin, double fadingRatioMax, double volSpikeRatioMin, int confirmDecisions) {
        this(atrPeriodBars, vwapWindowBars, slopeWindowBars, shortVolBars, longVolBars, atrPercentileSamples, trendSlopeMin,
                rangeSlopeMax, highVolAtrPercentileMin, highVolRatioMin, fadingRatioMax, volSpikeRatioMin, confirmDecisions,
                DEFAULTS.driftWindowBars, DEFAULTS.driftLongWindowBars, DEFAULTS.driftLongWeight, DEFAULTS.trendDriftMin,
                DEFAULTS.rangeDriftMax, DEFAULTS.driftVolWeight, DEFAULTS.volRisingRatioMin, DEFAULTS.highVolDriftMax,
                DEFAULTS.reversalWindowBars, DEFAULTS.trendReversalZ, DEFAULTS.fastVolBars, DEFAULTS.fastVolRatioMin);
    }

    public RegimeConfig {
        positive("atrPeriodBars", atrPeriodBars, 1);
        positive("vwapWindowBars", vwapWindowBars, 1);
        positive("slopeWindowBars", slopeWindowBars, 2);
        positive("shortVolBars", shortVolBars, 2);
        positive("longVolBars", longVolBars, 2);
        positive("atrPercentileSamples", atrPercentileSamples, 2);
        positive("confirmDecisions", confirmDecisions, 1);
        positive("driftWindowBars", driftWindowBars, 2);
        positive("driftLongWindowBars", driftLongWindowBars, driftWindowBars);
        finiteAtLeast("driftLongWeight", driftLongWeight, 0.0);
        finiteAtLeast("trendDriftMin", trendDriftMin, 0.0);
        finiteAtLeast("rangeDriftMax", rangeDriftMax, 0.0);
        finiteAtLeast("driftVolWeight", driftVolWeight, 0.0);
        finiteAtLeast("volRisingRatioMin", volRisingRatioMin, 0.0);
        finiteAtLeast("highVolDriftMax", highVolDriftMax, 0.0);
        positive("reversalWindowBars", reversalWindowBars, 2);
        finiteAtLeast("trendReversalZ", trendReversalZ, 0.0);
        positive("fastVolBars", fastVolBars, 2);
        finiteAtLeast("fastVolRatioMin", fastVolRatioMin, 0.0);
        if (rangeDriftMax > trendDriftMin) {
            throw new IllegalArgumentException("rangeDriftMax must not exceed trendDriftMin, was: " + rangeDriftMax + " > " + trendDriftMin);
        }
        finiteAtLeast("trendSlopeMin", trendSlopeMin, 0.0);
        finiteAtLeast("rangeSlopeMax", rangeSlopeMax, 0.0);
        finiteAtLeast("highVolRatioMin", highVolRatioMin, 0.0);
        finiteAtLeast("fadingRatioMax", fadingRatioMax, 0.0);
        finiteAtLeast("volSpikeRatioMin", volSpikeRatioMin, 0.0);
        if (fadingRatioMax > highVolRatioMin) {
            throw new IllegalArgumentException("fadingRatioMax must not exceed highVolRatioMin, was: " + fadingRatioMax + " > " + highVolRatioMin);
        }
        if (!(highVolAtrPercentileMin >= 0.0 && highVolAtrPercentileMin <= 1.0)) {
            throw new IllegalArgumentException("highVolAtrPercentileMin must be between 0 and 1, was: " + highVolAtrPercentileMin);
        }
        if (rangeSlopeMax > trendSlopeMin) {
            throw new IllegalArgumentException("rangeSlopeMax must not exceed trendSlopeMin, was: " + rangeSlopeMax + " > " + trendSlopeMin);
        }
    }

    /** Bars of history before every input is defined: the classifier reports WARMUP until then. */
    public int warmupBars() {
        int slope = vwapWindowBars + slopeWindowBars;
        int percentile = atrPercentileSamples * 60 + atrPeriodBars;
        return Math.max(Math.max(Math.max(slope, longVolBars + 1), Math.max(percentile, shortVolBars + 1)),
                Math.max(driftLongWindowBars, Math.max(reversalWindowBars, fastVolBars)) + 1);
    }

    /**
     * Reads a {@code .properties} file whose keys are this record's component names, optionally prefixed with
     * {@code regime.} (so the keys can share a file with other settings, whose dotted keys are ignored); missing
     * keys keep their defaults, unknown undotted keys and bad values are errors naming the file and key.
     */
    public static RegimeConfig load(Path path) {
        String name = path.getFileName().toString();
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("Cannot read regime config " + name + ": no such file");
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read regime config " + name + ": " + e.getMessage());
        }
        return fromProperties(p, name);
    }

    /** Builds a config from properties over {@link #DEFAULTS}; {@code source} names the origin in messages. */
    public static RegimeConfig fromProperties(Properties p, String source) {
        TreeSet<String> known = new TreeSet<>();
        for (var c : RegimeConfig.class.getRecordComponents()) {
            known.add(c.getName());
        }
        Properties own = new Properties();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            String bare = key.startsWith("regime.") ? key.substring("regime.".length()) : key;
            if (bare.contains(".")) {
                continue;
            }
            own.setProperty(bare, p.getProperty(key));
        }
        p = own;
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("Cannot read regime config " + source + ": unknown key '" + key
                        + "', expected one of " + String.join(", ", known));
            }
        }
        RegimeConfig d = DEFAULTS;
        try {
            return new RegimeConfig(
                    intValue(p, "atrPeriodBars", d.atrPeriodBars, source),
                    intValue(p, "vwapWindowBars", d.vwapWindowBars, source),
                    intValue(p, "slopeWindowBars", d.slopeWindowBars, source),
                    intValue(p, "shortVolBars", d.shortVolBars, source),
                    intValue(p, "longVolBars", d.longVolBars, source),
                    intValue(p, "atrPercentileSamples", d.atrPercentileSamples, source),
                    doubleValue(p, "trendSlopeMin", d.trendSlopeMin, source),
                    doubleValue(p, "rangeSlopeMax", d.rangeSlopeMax, source),
                    doubleValue(p, "highVolAtrPercentileMin", d.highVolAtrPercentileMin, source),
                    doubleValue(p, "highVolRatioMin", d.highVolRatioMin, source),
                    doubleValue(p, "fadingRatioMax", d.fadingRatioMax, source),
                    doubleValue(p, "volSpikeRatioMin", d.volSpikeRatioMin, source),
                    intValue(p, "confirmDecisions", d.confirmDecisions, source),
                    intValue(p, "driftWindowBars", d.driftWindowBars, source),
                    intValue(p, "driftLongWindowBars", d.driftLongWindowBars, source),
                    doubleValue(p, "driftLongWeight", d.driftLongWeight, source),
                    doubleValue(p, "trendDriftMin", d.trendDriftMin, source),
                    doubleValue(p, "rangeDriftMax", d.rangeDriftMax, source),
                    doubleValue(p, "driftVolWeight", d.driftVolWeight, source),
                    doubleValue(p, "volRisingRatioMin", d.volRisingRatioMin, source),
                    doubleValue(p, "highVolDriftMax", d.highVolDriftMax, source),
                    intValue(p, "reversalWindowBars", d.reversalWindowBars, source),
                    doubleValue(p, "trendReversalZ", d.trendReversalZ, source),
                    intValue(p, "fastVolBars", d.fastVolBars, source),
                    doubleValue(p, "fastVolRatioMin", d.fastVolRatioMin, source));
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("Cannot read")) {
                throw e;
            }
            throw new IllegalArgumentException("Cannot read regime config " + source + ": " + e.getMessage());
        }
    }

    /** The config as properties text, one documented key per line, in component order. */
    public String toProperties() {
        return "atrPeriodBars=" + atrPeriodBars + "\nvwapWindowBars=" + vwapWindowBars + "\nslopeWindowBars=" + slopeWindowBars
                + "\nshortVolBars=" + shortVolBars + "\nlongVolBars=" + longVolBars + "\natrPercentileSamples=" + atrPercentileSamples
                + "\ntrendSlopeMin=" + trendSlopeMin + "\nrangeSlopeMax=" + rangeSlopeMax
                + "\nhighVolAtrPercentileMin=" + highVolAtrPercentileMin + "\nhighVolRatioMin=" + highVolRatioMin + "\nfadingRatioMax=" + fadingRatioMax
                + "\nvolSpikeRatioMin=" + volSpikeRatioMin + "\nconfirmDecisions=" + confirmDecisions
                + "\ndriftWindowBars=" + driftWindowBars + "\ndriftLongWindowBars=" + driftLongWindowBars
                + "\ndriftLongWeight=" + driftLongWeight + "\ntrendDriftMin=" + trendDriftMin + "\nrangeDriftMax=" + rangeDriftMax
                + "\ndriftVolWeight=" + driftVolWeight + "\nvolRisingRatioMin=" + volRisingRatioMin + "\nhighVolDriftMax=" + highVolDriftMax
                + "\nreversalWindowBars=" + reversalWindowBars + "\ntrendReversalZ=" + trendReversalZ + "\nfastVolBars=" + fastVolBars
                + "\nfastVolRatioMin=" + fastVolRatioMin + "\n";
    }

    private static int intValue(Properties p, String key, int fallback, String source) {
        String v = p.getProperty(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Cannot read regime config " + source + ": " + key + " '" + v + "' is not an integer");
        }
    }

    private static double doubleValue(Properties p, String key, double fallback, String source) {
        String v = p.getProperty(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Cannot read regime config " + source + ": " + key + " '" + v + "' is not a number");
        }
    }

    private static void positive(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was: " + value);
        }
    }

    private static void finiteAtLeast(String name, double value, double min) {
        if (!(value >= min) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number at least " + min + ", was: " + value);
        }
    }
}
