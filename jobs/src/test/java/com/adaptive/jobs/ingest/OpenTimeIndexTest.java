package com.adaptive.jobs.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenTimeIndexTest {
    private static ParsedLine.Bar bar(long minute, double close) {
        return new ParsedLine.Bar(null, minute * 60_000L, 100, 102, 99, close, 5);
    }

    @Test
    void keysInAnyOrderAreNewOnceThenSameOrConflicting() {
        OpenTimeIndex index = new OpenTimeIndex();
        for (int m = 0; m < 200_000; m += 2) { // in order, with holes
            assertThat(index.offer(bar(m, 100))).isEqualTo(OpenTimeIndex.Outcome.NEW);
        }
        assertThat(index.offer(bar(1_000, 100))).isEqualTo(OpenTimeIndex.Outcome.SAME);
        assertThat(index.offer(bar(1_000, 101))).isEqualTo(OpenTimeIndex.Outcome.CONFLICT);
        for (int m = 1; m < 20_000; m += 2) { // the holes, late
            assertThat(index.offer(bar(m, 100))).isEqualTo(OpenTimeIndex.Outcome.NEW);
        }
        assertThat(index.offer(bar(777, 100))).isEqualTo(OpenTimeIndex.Outcome.SAME);
        assertThat(index.offer(bar(777, 99.5))).isEqualTo(OpenTimeIndex.Outcome.CONFLICT);
        assertThat(index.offer(bar(-5, 100))).isEqualTo(OpenTimeIndex.Outcome.NEW);
        assertThat(index.offer(bar(-5, 100))).isEqualTo(OpenTimeIndex.Outcome.SAME);
        assertThat(index.offer(bar(200_000, 100))).isEqualTo(OpenTimeIndex.Outcome.NEW);
    }
}
