package com.adaptive.jobs.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads a home's {@code batch.db} directly, as a second process would, while or after a job runs. */
public final class BatchDb {
    private BatchDb() {
    }

    /** The first column of the first row of {@code sql}, or 0 while the database or its table does not exist yet. */
    public static long count(Path home, String sql) {
        Path db = home.resolve("batch.db");
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?busy_timeout=10000");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0; // the schema is not there yet
        }
    }

    /** Job and step executions still marked STARTING, STARTED or STOPPING. */
    public static long liveExecutions(Path home) {
        return count(home, "SELECT (SELECT count(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING','STARTED','STOPPING'))"
                + " + (SELECT count(*) FROM BATCH_STEP_EXECUTION WHERE STATUS IN ('STARTING','STARTED','STOPPING'))");
    }
}
