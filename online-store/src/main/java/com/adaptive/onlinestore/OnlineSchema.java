package com.adaptive.onlinestore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The online store's SQLite file: connection settings and tables, created on first use. */
final class OnlineSchema {
    /** Busy timeout: a writer waits this long for another writer's lock instead of failing with "database is locked". */
    static final int BUSY_TIMEOUT_MILLIS = 30_000;

    private static final String[] DDL = {
            // one row per (view, version, entity): the vector is replaced as a whole, so a reader never sees a mix of two times
            "CREATE TABLE IF NOT EXISTS feature_vectors ("
                    + " view TEXT NOT NULL, version INTEGER NOT NULL, symbol TEXT NOT NULL, interval TEXT NOT NULL,"
                    + " event_time_ms INTEGER NOT NULL, feature_names TEXT NOT NULL, feature_values TEXT NOT NULL,"
                    + " ttl_ms INTEGER NOT NULL, materialized_at_ms INTEGER NOT NULL,"
                    + " PRIMARY KEY (view, version, symbol, interval))",
            "CREATE TABLE IF NOT EXISTS regimes ("
                    + " symbol TEXT NOT NULL PRIMARY KEY, decision_time_ms INTEGER NOT NULL, regime TEXT NOT NULL, rule TEXT,"
                    + " reason TEXT, classifier_version TEXT, vwap_slope REAL, atr_percentile REAL, vol_ratio REAL,"
                    + " materialized_at_ms INTEGER NOT NULL)"};

    private OnlineSchema() {
    }

    /** Opens {@code file} (creating it and its folder if needed) in WAL mode with a busy timeout, tables in place. */
    static Connection open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()
                    + "?journal_mode=WAL&busy_timeout=" + BUSY_TIMEOUT_MILLIS + "&synchronous=NORMAL");
            try (Statement s = connection.createStatement()) {
                for (String ddl : DDL) {
                    s.execute(ddl);
                }
            }
            return connection;
        } catch (SQLException | java.io.IOException e) {
            throw new OnlineStoreException("Cannot open online store " + file + ": " + e.getMessage(), e);
        }
    }

    /** Doubles as text that parses back to the same bits (NaN included): SQLite REAL would turn NaN into NULL. */
    static String encode(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(values[i]);
        }
        return sb.toString();
    }

    static double[] decode(String text) {
        if (text.isEmpty()) {
            return new double[0];
        }
        String[] parts = text.split(",", -1);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Double.parseDouble(parts[i]);
        }
        return values;
    }
}
