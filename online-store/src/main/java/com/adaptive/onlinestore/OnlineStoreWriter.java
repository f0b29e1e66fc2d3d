package com.adaptive.onlinestore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Writes the online store: an upsert per entity that only ever moves forward in event time, so rerunning a
 * materialization, or running an older one late, changes nothing.
 */
public final class OnlineStoreWriter implements AutoCloseable {
    // the WHERE on the update makes the upsert forward-only: an equal or older event time leaves the row alone
    private static final String UPSERT_VECTOR = "INSERT INTO feature_vectors (view, version, symbol, interval, event_time_ms,"
            + " feature_names, feature_values, ttl_ms, materialized_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (view, version, symbol, interval) DO UPDATE SET event_time_ms = excluded.event_time_ms,"
            + " feature_names = excluded.feature_names, feature_values = excluded.feature_values, ttl_ms = excluded.ttl_ms,"
            + " materialized_at_ms = excluded.materialized_at_ms WHERE excluded.event_time_ms > feature_vectors.event_time_ms";
    private static final String UPSERT_REGIME = "INSERT INTO regimes (symbol, decision_time_ms, regime, rule, reason,"
            + " classifier_version, vwap_slope, atr_percentile, vol_ratio, materialized_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (symbol) DO UPDATE SET decision_time_ms = excluded.decision_time_ms, regime = excluded.regime,"
            + " rule = excluded.rule, reason = excluded.reason, classifier_version = excluded.classifier_version,"
            + " vwap_slope = excluded.vwap_slope, atr_percentile = excluded.atr_percentile, vol_ratio = excluded.vol_ratio,"
            + " materialized_at_ms = excluded.materialized_at_ms WHERE excluded.decision_time_ms > regimes.decision_time_ms";

    private final Path file;
    private final Connection connection;

    private OnlineStoreWriter(Path file) {
        this.file = file;
        this.connection = OnlineSchema.open(file);
    }

    /** Opens (and if needed creates) the online store at {@code file}. */
    public static OnlineStoreWriter open(Path file) {
        return new OnlineStoreWriter(file);
    }

    /** How many records moved an entity forward and how many were not newer than what the store holds. */
    public record WriteResult(int advanced, int unchanged) {
    }

    /** Upserts the vectors in one transaction; each replaces the stored one only if its event time is later. */
    public synchronized WriteResult upsertFeatures(Collection<FeatureVector> vectors, long nowMillis) {
        return inTransaction("write " + vectors.size() + " feature vectors", () -> {
            int advanced = 0;
            try (PreparedStatement ps = connection.prepareStatement(UPSERT_VECTOR)) {
                for (FeatureVector v : vectors) {
                    ps.setString(1, v.view());
                    ps.setInt(2, v.version());
                    ps.setString(3, v.symbol());
                    ps.setString(4, v.interval());
                    ps.setLong(5, v.eventTimeMillis());
                    ps.setString(6, String.join(",", v.names()));
                    ps.setString(7, OnlineSchema.encode(v.values()));
                    ps.setLong(8, v.ttlMillis());
                    ps.setLong(9, nowMillis);
                    advanced += ps.executeUpdate();
                }
            }
            return new WriteResult(advanced, vectors.size() - advanced);
        });
    }

    /** Upserts regime decisions in one transaction; each replaces its symbol's only if its decision time is later. */
    public synchronized WriteResult upsertRegimes(Collection<OnlineRegime> regimes, long nowMillis) {
        return inTransaction("write " + regimes.size() + " regimes", () -> {
            int advanced = 0;
            try (PreparedStatement ps = connection.prepareStatement(UPSERT_REGIME)) {
                for (OnlineRegime r : regimes) {
                    ps.setString(1, r.symbol());
                    ps.setLong(2, r.decisionTimeMillis());
                    ps.setString(3, r.regime().name());
                    ps.setString(4, r.rule());
                    ps.setString(5, r.reason());
                    ps.setString(6, r.classifierVersion());
                    ps.setDouble(7, r.vwapSlope());
                    ps.setDouble(8, r.atrPercentile());
                    ps.setDouble(9, r.volRatio());
                    ps.setLong(10, nowMillis);
                    advanced += ps.executeUpdate();
                }
            }
            return new WriteResult(advanced, regimes.size() - advanced);
        });
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(String action, Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new OnlineStoreException("Cannot " + action + " to online store " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new OnlineStoreException("Cannot close online store " + file + ": " + e.getMessage(), e);
        }
    }
}
