package com.adaptive.onlinestore;

import com.adaptive.core.regime.Regime;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the online store: the latest feature vector per view and entity and the latest regime per symbol.
 * SQLite runs in WAL mode, so reads go on while a materialization writes; each read is one consistent row.
 */
public final class OnlineStoreReader implements AutoCloseable {
    private static final String VECTOR_COLUMNS = "view, version, symbol, interval, event_time_ms, feature_names, feature_values,"
            + " ttl_ms, materialized_at_ms";
    private static final String REGIME_COLUMNS = "symbol, decision_time_ms, regime, rule, reason, classifier_version,"
            + " vwap_slope, atr_percentile, vol_ratio, materialized_at_ms";

    private final Path file;
    private final Connection connection;

    private OnlineStoreReader(Path file) {
        this.file = file;
        this.connection = OnlineSchema.open(file);
    }

    /** Opens the online store at {@code file}; an absent file is created empty, so a fresh trader reads "nothing yet". */
    public static OnlineStoreReader open(Path file) {
        return new OnlineStoreReader(file);
    }

    /** The stored vector of one view version for (symbol, interval), if materialized. */
    public synchronized Optional<FeatureVector> latest(String view, int version, String symbol, String interval) {
        List<FeatureVector> found = vectors("SELECT " + VECTOR_COLUMNS + " FROM feature_vectors"
                + " WHERE view = ? AND version = ? AND symbol = ? AND interval = ?", view, version, symbol, interval);
        return found.stream().findFirst();
    }

    /** The stored vector of the highest materialized version of {@code view} for (symbol, interval). */
    public synchronized Optional<FeatureVector> latest(String view, String symbol, String interval) {
        return vectors("SELECT " + VECTOR_COLUMNS + " FROM feature_vectors WHERE view = ? AND symbol = ? AND interval = ?"
                + " ORDER BY version DESC LIMIT 1", view, symbol, interval).stream().findFirst();
    }

    /** Every stored vector, ordered by view, version, symbol and interval. */
    public synchronized List<FeatureVector> vectors() {
        return vectors("SELECT " + VECTOR_COLUMNS + " FROM feature_vectors ORDER BY view, version, symbol, interval");
    }

    /** The latest regime decision of {@code symbol}, if materialized. */
    public synchronized Optional<OnlineRegime> regime(String symbol) {
        return regimes("SELECT " + REGIME_COLUMNS + " FROM regimes WHERE symbol = ?", symbol).stream().findFirst();
    }

    /** The latest regime of every materialized symbol, by symbol. */
    public synchronized List<OnlineRegime> regimes() {
        return regimes("SELECT " + REGIME_COLUMNS + " FROM regimes ORDER BY symbol");
    }

    private List<FeatureVector> vectors(String sql, Object... args) {
        List<FeatureVector> out = new ArrayList<>();
        query("read feature vectors", sql, args, rs -> {
            String names = rs.getString(6);
            out.add(new FeatureVector(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                    names.isEmpty() ? List.of() : Arrays.asList(names.split(",")), OnlineSchema.decode(rs.getString(7)),
                    rs.getLong(8), rs.getLong(9)));
        });
        return out;
    }

    private List<OnlineRegime> regimes(String sql, Object... args) {
        List<OnlineRegime> out = new ArrayList<>();
        query("read regimes", sql, args, rs -> out.add(new OnlineRegime(rs.getString(1), rs.getLong(2), Regime.parse(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getString(6), real(rs, 7), real(rs, 8), real(rs, 9), rs.getLong(10))));
        return out;
    }

    /** SQLite stores NaN as NULL; give it back as NaN. */
    private static double real(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private void query(String action, String sql, Object[] args, RowHandler handler) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        } catch (SQLException e) {
            throw new OnlineStoreException("Cannot " + action + " from online store " + file + ": " + e.getMessage(), e);
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
