package com.adaptive.featurestore.offline;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MonthsTest {
    private static long t(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void monthStartsAreUtcCalendarMonthsAcrossALeapFebruary() {
        assertThat(Months.start(t("2024-02-29T23:59:00Z"))).isEqualTo(t("2024-02-01T00:00:00Z"));
        assertThat(Months.next(t("2024-02-29T23:59:00Z"))).isEqualTo(t("2024-03-01T00:00:00Z"));
        assertThat(Months.key(t("2024-12-31T23:59:59Z"))).isEqualTo("2024-12");
        assertThat(Months.between(t("2023-12-15T00:00:00Z"), t("2024-02-01T00:00:00Z")))
                .containsExactly(t("2023-12-01T00:00:00Z"), t("2024-01-01T00:00:00Z"), t("2024-02-01T00:00:00Z"));
    }
}
