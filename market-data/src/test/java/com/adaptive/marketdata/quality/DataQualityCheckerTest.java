package com.adaptive.marketdata.quality;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.bar.BarSeriesBuilder;
import com.adaptive.marketdata.resample.Resampler;
import com.adaptive.marketdata.testing.ManualTime;
import com.adaptive.marketdata.testing.SampleCsv;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataQualityCheckerTest {
    private static final long MINUTE = 60_000;
    private static final long T0 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    /** Closes alternating up and down by 0.1 %, volume 1, with the given minutes left out. */
    private static BarSeries calm(int minutes, int... missing) {
        BarSeriesBuilder b = new BarSeriesBuilder();
        double close = 100;
        outer:
        for (int m = 0; m < minutes; m++) {
            for (int skip : missing) {
                if (skip == m) {
                    continue outer;
                }
            }
            close = m % 2 == 0 ? 100 : 100.1;
            b.add(T0 + m * MINUTE, close, close, close, close, 1);
        }
        return b.build();
    }

    private static DataQualityChecker checkerAt(long nowMillis, QualityThresholds thresholds) {
        return new DataQualityChecker(thresholds, new ManualTime(Instant.ofEpochMilli(nowMillis)));
    }

    @Test
    void findsTheRealHaltInTheBundled2023SampleAndPassesTheDefaults() {
        BarSeries btc = SampleCsv.read("BTC-USD_1m_2023-03-16_2023-05-01.csv.gz");
        DataQualityChecker checker = checkerAt(at("2023-05-01T21:02:30Z"), QualityThresholds.DEFAULTS);

        QualityReport report = checker.check(btc, BarInterval.M1);

        assertThat(report.bars()).isEqualTo(66_087);
        assertThat(report.gaps()).containsExactly(new QualityReport.Gap(at("2023-03-24T12:40:00Z"), 80));
        assertThat(report.zeroVolumeRuns()).containsExactly(new QualityReport.ZeroVolumeRun(at("2023-03-24T11:28:00Z"), 72));
        assertThat(report.duplicates()).isEmpty();
        assertThat(report.behindBars()).isZero();
        assertThat(report.expectedBars()).isEqualTo(66_087 + 80);
        assertThat(report.returnsCompared()).isEqualTo(66_085);
        assertThat(report.priceJumps()).hasSize(186);
        assertThat(report.priceJumps()).extracting(QualityReport.PriceJump::openTimeMillis).contains(at("2023-03-17T01:29:00Z"));
        assertThat(report.breaches()).isEmpty();
        System.out.println("quality of BTC 2023 sample: " + report.gaps().size() + " gap, longest zero-volume run "
                + report.longestZeroVolumeRunBars() + ", " + report.priceJumps().size() + " jumps beyond 10 robust sigmas (sigma "
                + report.robustSigma() + ")");
    }

    @Test
    void aMissingShareAboveOnePercentBreachesWithTheReason() {
        BarSeries bars = calm(100, 10, 11, 50);
        QualityReport report = checkerAt(T0 + 100 * MINUTE, QualityThresholds.DEFAULTS).check(bars, BarInterval.M1);

        assertThat(report.gaps()).containsExactly(new QualityReport.Gap(T0 + 10 * MINUTE, 2), new QualityReport.Gap(T0 + 50 * MINUTE, 1));
        assertThat(report.missingShare()).isEqualTo(0.03);
        assertThat(report.breaches()).containsExactly(new QualityBreach("missing_share", "maxMissingShare",
                "missing share 3.00 % exceeds maxMissingShare 1.00 %: 3 of 100 expected 1m bars missing in 2 gaps, "
                        + "largest 2 bars from 2024-01-01T00:10:00Z"));
    }

    @Test
    void barsMissingAtEitherEndOfTheExpectedWindowAreGaps() {
        BarSeries bars = calm(10, 0, 1, 9);

        QualityReport report = checkerAt(T0 + 10 * MINUTE, QualityThresholds.DEFAULTS.withMaxMissingShare(1))
                .check(bars, BarInterval.M1, T0, T0 + 10 * MINUTE);

        assertThat(report.gaps()).containsExactly(new QualityReport.Gap(T0, 2), new QualityReport.Gap(T0 + 9 * MINUTE, 1));
        assertThat(report.expectedBars()).isEqualTo(10);
        assertThat(report.bars()).isEqualTo(7);
    }

    @Test
    void reportsRepeatedOpenTimesAndWhetherTheCopiesDiffer() {
        long[] t = {T0 + MINUTE, T0, T0 + MINUTE, T0 + 2 * MINUTE, T0 + 2 * MINUTE};
        double[] open = {1, 1, 1, 1, 1};
        double[] close = {1, 1, 1, 1, 2};
        double[] volume = {1, 1, 1, 1, 1};

        QualityReport report = checkerAt(T0 + 3 * MINUTE, QualityThresholds.DEFAULTS)
                .checkRows(t, open, open, open, close, volume, BarInterval.M1, T0, T0 + 3 * MINUTE);

        assertThat(report.bars()).isEqualTo(3);
        assertThat(report.duplicates()).containsExactly(new QualityReport.Duplicate(T0 + MINUTE, 2, false),
                new QualityReport.Duplicate(T0 + 2 * MINUTE, 2, true));
        assertThat(report.breaches()).extracting(QualityBreach::reason).containsExactly(
                "2 duplicated open times (1 with differing values) exceed maxDuplicates 0, first at 2024-01-01T00:01:00Z");
    }

    @Test
    void aGapEndsAZeroVolumeRunAndALongRunBreaches() {
        BarSeriesBuilder b = new BarSeriesBuilder();
        for (int m = 0; m < 10; m++) {
            if (m == 5) {
                continue;
            }
            b.add(T0 + m * MINUTE, 1, 1, 1, 1, m >= 2 ? 0 : 1);
        }

        QualityReport report = checkerAt(T0 + 10 * MINUTE, QualityThresholds.DEFAULTS.withMaxZeroVolumeRunBars(3)
                .withMaxMissingShare(1)).check(b.build(), BarInterval.M1);

        assertThat(report.zeroVolumeRuns()).containsExactly(new QualityReport.ZeroVolumeRun(T0 + 2 * MINUTE, 3),
                new QualityReport.ZeroVolumeRun(T0 + 6 * MINUTE, 4));
        assertThat(report.breaches()).extracting(QualityBreach::reason).containsExactly(
                "zero-volume run of 4 1m bars from 2024-01-01T00:06:00Z exceeds maxZeroVolumeRunBars 3");
    }

    /** Log returns cycle through 21 evenly spaced levels in [-0.1 %, +0.1 %]; {@code jumpAt} adds ln(1.05); {@code missing} left out. */
    private static BarSeries noisy(int minutes, int jumpAt, int missing) {
        BarSeriesBuilder b = new BarSeriesBuilder();
        double logPrice = Math.log(100);
        for (int m = 0; m < minutes; m++) {
            logPrice += 0.001 * ((m * 37) % 21 - 10) / 10.0 + (m == jumpAt ? Math.log(1.05) : 0);
            if (m != missing) {
                double close = Math.exp(logPrice);
                b.add(T0 + m * MINUTE, close, close, close, close, 1);
            }
        }
        return b.build();
    }

    @Test
    void flagsAJumpBeyondTheRobustSigmasWithoutDroppingTheBar() {
        BarSeries bars = noisy(210, 150, -1);

        QualityReport report = checkerAt(T0 + 210 * MINUTE, QualityThresholds.DEFAULTS.withMaxPriceJumpShare(0))
                .check(bars, BarInterval.M1);

        // levels are symmetric around 0: median 0, MAD 0.0005 (half the levels lie within 0.05 %), sigma 1.4826 * 0.0005
        assertThat(report.robustSigma()).isCloseTo(1.4826 * 0.0005, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(report.priceJumps()).hasSize(1);
        QualityReport.PriceJump jump = report.priceJumps().get(0);
        assertThat(jump.openTimeMillis()).isEqualTo(T0 + 150 * MINUTE);
        assertThat(jump.sigmas()).isGreaterThan(60);
        assertThat(report.bars()).isEqualTo(210);
        assertThat(report.returnsCompared()).isEqualTo(209);
        assertThat(report.breaches()).extracting(QualityBreach::threshold).containsExactly("maxPriceJumpShare");
        assertThat(report.breaches().get(0).reason()).isEqualTo(String.format(java.util.Locale.ROOT,
                "price jump share 0.48 %% exceeds maxPriceJumpShare 0.00 %%: 1 of 209 returns beyond 10 robust sigmas, "
                        + "largest %.1f sigmas at 2024-01-01T02:30:00Z", jump.sigmas()));
    }

    @Test
    void doesNotJudgeJumpsOnTooFewReturns() {
        QualityReport report = checkerAt(T0 + 50 * MINUTE, QualityThresholds.DEFAULTS).check(noisy(50, 25, -1), BarInterval.M1);

        assertThat(report.returnsCompared()).isZero();
        assertThat(report.priceJumps()).isEmpty();
    }

    @Test
    void aReturnAcrossAGapIsNotComparedAsAJump() {
        // the jump lands on minute 150, which is missing: the move shows only in the return from 149 to 151
        QualityReport report = checkerAt(T0 + 300 * MINUTE, QualityThresholds.DEFAULTS.withMaxMissingShare(1))
                .check(noisy(300, 150, 150), BarInterval.M1);

        assertThat(report.returnsCompared()).isEqualTo(297);
        assertThat(report.priceJumps()).isEmpty();
        assertThat(checkerAt(T0 + 300 * MINUTE, QualityThresholds.DEFAULTS).check(noisy(300, 150, -1), BarInterval.M1)
                .priceJumps()).hasSize(1);
    }

    @Test
    void theLatestBarMoreThanNClosedBarsBehindTheClockIsStale() {
        BarSeries bars = calm(10);
        // latest bar 00:09; now 00:15:20 -> closed bars 00:10..00:14 exist after it: 5 behind
        QualityReport report = checkerAt(T0 + 15 * MINUTE + 20_000, QualityThresholds.DEFAULTS).check(bars, BarInterval.M1);

        assertThat(report.behindBars()).isEqualTo(5);
        assertThat(report.breaches()).extracting(QualityBreach::reason).containsExactly(
                "latest 1m bar 2024-01-01T00:09:00Z is 5 closed bars behind the clock, more than staleAfterBars 3");
        assertThat(checkerAt(T0 + 12 * MINUTE + 20_000, QualityThresholds.DEFAULTS).check(bars, BarInterval.M1).stale()).isFalse();
        assertThat(checkerAt(T0 + 15 * MINUTE, QualityThresholds.DEFAULTS.withStaleAfterBars(0)).check(bars, BarInterval.M1)
                .stale()).isFalse();
    }

    @Test
    void findingsUseTheDataQualityTableCheckNames() {
        QualityReport report = checkerAt(T0 + 100 * MINUTE, QualityThresholds.DEFAULTS).check(calm(100, 10), BarInterval.M1);

        assertThat(report.findings()).containsExactly(
                new QualityFinding("gap", T0 + 10 * MINUTE, 1, "1 missing 1m bars"),
                new QualityFinding("missing_share", T0, 1, "1.00 % of 100 expected 1m bars missing"));
        assertThat(QualityFinding.ofResample(Resampler.resample(calm(10, 4), BarInterval.M1, BarInterval.M3)))
                .containsExactly(new QualityFinding("resample_incomplete", T0 + 3 * MINUTE, 2,
                        "2 3m buckets not emitted (a source bar missing), first at 2024-01-01T00:03:00Z"));
    }

    @Test
    void rejectsAThresholdOutOfRange() {
        assertThatThrownBy(() -> QualityThresholds.DEFAULTS.withMaxMissingShare(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxMissingShare must be in [0, 1], was: 1.5");
        assertThatThrownBy(() -> QualityThresholds.DEFAULTS.withJumpSigmas(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jumpSigmas must be positive, was: 0.0");
    }
}
