package com.adaptive.marketdata.resample;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.bar.BarSeriesBuilder;
import com.adaptive.marketdata.testing.SampleCsv;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResamplerTest {
    private static final long MINUTE = 60_000;
    private static final long T0 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

    @Test
    void reproducesEveryNativeBinance3mBarOfTheSampleExactly() {
        BarSeries oneMinute = SampleCsv.read("BTC-USD_1m_2021-09-17_2021-10-17.csv.gz");
        BarSeries exchange3m = SampleCsv.read("BTC-USD_3m_2021-09-17_2021-10-17.csv.gz");

        ResampleResult result = Resampler.resample(oneMinute, BarInterval.M1, BarInterval.M3);
        BarSeries ours = result.bars();

        assertThat(exchange3m.size()).isEqualTo(14_359);
        assertThat(ours.size()).isEqualTo(exchange3m.size());
        int matched = 0;
        for (int i = 0; i < ours.size(); i++) {
            String at = "bar " + i + " " + Instant.ofEpochMilli(exchange3m.openTimeMillis()[i]);
            assertThat(ours.openTimeMillis()[i]).as(at).isEqualTo(exchange3m.openTimeMillis()[i]);
            assertThat(ours.open()[i]).as(at + " open").isEqualTo(exchange3m.open()[i]);
            assertThat(ours.high()[i]).as(at + " high").isEqualTo(exchange3m.high()[i]);
            assertThat(ours.low()[i]).as(at + " low").isEqualTo(exchange3m.low()[i]);
            assertThat(ours.close()[i]).as(at + " close").isEqualTo(exchange3m.close()[i]);
            assertThat(ours.volume()[i]).as(at + " volume").isEqualTo(exchange3m.volume()[i]);
            matched++;
        }
        assertThat(matched).isEqualTo(14_359);
        // the first and last 1m bars (22:23 and 22:21) sit alone in buckets the file only partly covers
        assertThat(result.incompleteBuckets()).isEqualTo(2);
        assertThat(result.firstIncompleteOpenTimes()).containsExactly(
                Instant.parse("2021-09-17T22:21:00Z").toEpochMilli(), Instant.parse("2021-10-17T22:21:00Z").toEpochMilli());
        System.out.println("resample 1m->3m over the 2021 BTC sample: " + matched + " of " + exchange3m.size()
                + " exchange 3m bars matched exactly; " + result.incompleteBuckets() + " incomplete buckets dropped");
    }

    @Test
    void plainDoubleSummationWouldNotMatchTheExchangeVolumes() {
        // guards the exact-decimal volume sum: 0.1 + 0.2 + 0.3 as doubles is 0.6000000000000001, not 0.6
        BarSeries bars = new BarSeriesBuilder().add(T0, 1, 1, 1, 1, 0.1).add(T0 + MINUTE, 1, 1, 1, 1, 0.2)
                .add(T0 + 2 * MINUTE, 1, 1, 1, 1, 0.3).build();

        ResampleResult result = Resampler.resample(bars, BarInterval.M1, BarInterval.M3);

        assertThat(0.1 + 0.2 + 0.3).isNotEqualTo(0.6);
        assertThat(result.bars().volume()).containsExactly(0.6);
    }

    @Test
    void takesFirstOpenHighestHighLowestLowLastClose() {
        BarSeries bars = new BarSeriesBuilder()
                .add(T0, 10, 12, 9, 11, 1)
                .add(T0 + MINUTE, 11, 15, 10, 14, 2)
                .add(T0 + 2 * MINUTE, 14, 14, 7, 8, 3)
                .add(T0 + 3 * MINUTE, 8, 9, 8, 9, 4)
                .add(T0 + 4 * MINUTE, 9, 9, 8, 8, 5)
                .build();

        ResampleResult result = Resampler.resample(bars, BarInterval.M1, BarInterval.M5);

        BarSeries out = result.bars();
        assertThat(out.openTimeMillis()).containsExactly(T0);
        assertThat(out.open()).containsExactly(10.0);
        assertThat(out.high()).containsExactly(15.0);
        assertThat(out.low()).containsExactly(7.0);
        assertThat(out.close()).containsExactly(8.0);
        assertThat(out.volume()).containsExactly(15.0);
        assertThat(result.incompleteBuckets()).isZero();
    }

    @Test
    void dropsAndCountsABucketWithAMissingMinuteButNotAnEmptyOne() {
        BarSeriesBuilder b = new BarSeriesBuilder();
        for (int m = 0; m < 12; m++) {
            // minute 4 missing (bucket 3..5 incomplete), minutes 6..8 all missing (an empty bucket: a gap)
            if (m == 4 || (m >= 6 && m <= 8)) {
                continue;
            }
            b.add(T0 + m * MINUTE, 1, 2, 0.5, 1.5, 1);
        }

        ResampleResult result = Resampler.resample(b.build(), BarInterval.M1, BarInterval.M3);

        assertThat(result.bars().openTimeMillis()).containsExactly(T0, T0 + 9 * MINUTE);
        assertThat(result.incompleteBuckets()).isEqualTo(1);
        assertThat(result.firstIncompleteOpenTimes()).containsExactly(T0 + 3 * MINUTE);
    }

    @Test
    void bucketsAreAlignedToTheEpochNotToTheFirstBar() {
        // 00:01 .. 00:06: the 3m buckets are 00:00 (incomplete), 00:03 (complete), 00:06 (incomplete)
        BarSeriesBuilder b = new BarSeriesBuilder();
        for (int m = 1; m <= 6; m++) {
            b.add(T0 + m * MINUTE, m, m, m, m, 1);
        }

        ResampleResult result = Resampler.resample(b.build(), BarInterval.M1, BarInterval.M3);

        assertThat(result.bars().openTimeMillis()).containsExactly(T0 + 3 * MINUTE);
        assertThat(result.bars().open()).containsExactly(3.0);
        assertThat(result.bars().close()).containsExactly(5.0);
        assertThat(result.incompleteBuckets()).isEqualTo(2);
    }

    @Test
    void resamplesTo15mAndOneHour() {
        BarSeriesBuilder b = new BarSeriesBuilder();
        for (int m = 0; m < 120; m++) {
            b.add(T0 + m * MINUTE, 100 + m, 101 + m, 99 + m, 100.5 + m, 0.25);
        }
        BarSeries bars = b.build();

        assertThat(Resampler.resample(bars, BarInterval.M1, BarInterval.M15).bars().size()).isEqualTo(8);
        BarSeries hourly = Resampler.resample(bars, BarInterval.M1, BarInterval.H1).bars();
        assertThat(hourly.openTimeMillis()).containsExactly(T0, T0 + 60 * MINUTE);
        assertThat(hourly.open()).containsExactly(100.0, 160.0);
        assertThat(hourly.high()).containsExactly(160.0, 220.0);
        assertThat(hourly.low()).containsExactly(99.0, 159.0);
        assertThat(hourly.close()).containsExactly(159.5, 219.5);
        assertThat(hourly.volume()).containsExactly(15.0, 15.0);
    }

    @Test
    void rejectsATargetThatIsNotAMultipleOfTheSource() {
        BarSeries bars = new BarSeriesBuilder().add(T0, 1, 1, 1, 1, 1).build();

        assertThatThrownBy(() -> Resampler.resample(bars, BarInterval.M3, BarInterval.M5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot resample 3m to 5m: the target must be a whole multiple of the source interval and longer");
    }

    @Test
    void rejectsASourceBarOffItsGrid() {
        BarSeries bars = new BarSeriesBuilder().add(T0, 1, 1, 1, 1, 1).add(T0 + 90_000, 1, 1, 1, 1, 1).build();

        assertThatThrownBy(() -> Resampler.resample(bars, BarInterval.M1, BarInterval.M3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot resample 1m to 3m: bar 1 open time 2024-01-01T00:01:30Z is not aligned to 1m");
    }
}
