package com.adaptive.onlinestore;

import com.adaptive.core.regime.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnlineStoreTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final long HOUR = 3_600_000L;

    @TempDir
    Path dir;

    private static FeatureVector vector(long eventTime, double rsi) {
        return new FeatureVector("trend", 1, "BTC-USD", "1m", eventTime, List.of("ema_fast", "rsi"), new double[] {100.5, rsi},
                HOUR, 0);
    }

    private static OnlineRegime regime(long decisionTime, Regime r) {
        return new OnlineRegime("BTC-USD", decisionTime, r, "TREND_SLOPE", "|vwap_slope| 4.000 >= 3.500", "regime-test",
                4.0, Double.NaN, 1.1, 0);
    }

    @Test
    void upsertMovesForwardOnlyAndARerunChangesNothing() {
        Path file = dir.resolve("online.db");
        try (OnlineStoreWriter writer = OnlineStoreWriter.open(file); OnlineStoreReader reader = OnlineStoreReader.open(file)) {
            assertThat(writer.upsertFeatures(List.of(vector(T0, 55.0)), 1)).isEqualTo(new OnlineStoreWriter.WriteResult(1, 0));
            assertThat(writer.upsertFeatures(List.of(vector(T0 + 60_000, 60.0)), 2)).isEqualTo(new OnlineStoreWriter.WriteResult(1, 0));
            // the same vector again, and an older one arriving late: both ignored
            assertThat(writer.upsertFeatures(List.of(vector(T0 + 60_000, 61.0), vector(T0, 40.0)), 3))
                    .isEqualTo(new OnlineStoreWriter.WriteResult(0, 2));

            FeatureVector stored = reader.latest("trend", 1, "BTC-USD", "1m").orElseThrow();
            assertThat(stored.eventTimeMillis()).isEqualTo(T0 + 60_000);
            assertThat(stored.value("rsi")).isEqualTo(60.0);
            assertThat(stored.materializedAtMillis()).isEqualTo(2);
            assertThat(reader.vectors()).hasSize(1);
        }
    }

    @Test
    void regimeIsKeptPerSymbolAndOnlyANewerDecisionReplacesIt() {
        Path file = dir.resolve("online.db");
        try (OnlineStoreWriter writer = OnlineStoreWriter.open(file); OnlineStoreReader reader = OnlineStoreReader.open(file)) {
            writer.upsertRegimes(List.of(regime(T0 + 300_000, Regime.TRENDING)), 5);
            assertThat(writer.upsertRegimes(List.of(regime(T0, Regime.RANGING)), 6).advanced()).isZero();

            OnlineRegime latest = reader.regime("BTC-USD").orElseThrow();
            assertThat(latest.regime()).isEqualTo(Regime.TRENDING);
            assertThat(latest.decisionTimeMillis()).isEqualTo(T0 + 300_000);
            assertThat(latest.atrPercentile()).isNaN();
            assertThat(reader.regime("ETH-USD")).isEmpty();
        }
    }

    @Test
    void valuesRoundTripBitForBitIncludingNaN() {
        Path file = dir.resolve("online.db");
        double[] values = {Math.PI / 7, Double.NaN, -0.0, 1e-300, Double.MAX_VALUE};
        FeatureVector v = new FeatureVector("vol", 2, "ETH-USD", "1m", T0, List.of("a", "b", "c", "d", "e"), values, HOUR, 0);
        try (OnlineStoreWriter writer = OnlineStoreWriter.open(file); OnlineStoreReader reader = OnlineStoreReader.open(file)) {
            writer.upsertFeatures(List.of(v), 9);
            assertThat(reader.latest("vol", "ETH-USD", "1m").orElseThrow()).isEqualTo(v.materializedAt(9));
        }
    }

    @Test
    void latestWithoutVersionPicksTheHighestMaterializedVersion() {
        Path file = dir.resolve("online.db");
        try (OnlineStoreWriter writer = OnlineStoreWriter.open(file); OnlineStoreReader reader = OnlineStoreReader.open(file)) {
            writer.upsertFeatures(List.of(vector(T0, 50.0),
                    new FeatureVector("trend", 2, "BTC-USD", "1m", T0 - 60_000, List.of("rsi"), new double[] {42.0}, HOUR, 0)), 1);
            assertThat(reader.latest("trend", "BTC-USD", "1m").orElseThrow().version()).isEqualTo(2);
            assertThat(reader.latest("trend", 1, "BTC-USD", "1m").orElseThrow().value("rsi")).isEqualTo(50.0);
        }
    }

    @Test
    void freshnessHonoursTheTtl() {
        FeatureVector v = vector(T0, 50.0);
        assertThat(v.isFreshAt(T0)).isTrue();
        assertThat(v.isFreshAt(T0 + HOUR)).isTrue();
        assertThat(v.isFreshAt(T0 + HOUR + 1)).isFalse();
        assertThat(v.isFreshAt(T0 - 1)).as("a value is never fresh before it exists").isFalse();
    }

    @Test
    void unknownFeatureNameListsTheViewsFeatures() {
        assertThatThrownBy(() -> vector(T0, 50.0).value("macd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("feature view trend v1 has no feature 'macd': its features are [ema_fast, rsi]");
    }

    @Test
    void theFileRunsInWalMode() throws Exception {
        Path file = dir.resolve("online.db");
        try (OnlineStoreWriter ignored = OnlineStoreWriter.open(file);
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }
}
