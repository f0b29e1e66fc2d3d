package com.adaptive.jobs.updates;

import com.adaptive.core.bar.BarInterval;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Per (source, symbol, interval): the open time of the latest bar whose MERGE into the lake has committed.
 *
 * <p>Kept in the SQLite batch database rather than in a Delta table: it is a tiny keyed upsert that must be read before
 * anything else and written right after each MERGE, which SQLite does in a millisecond without starting Spark (a Delta
 * commit costs seconds and versions). The order makes it safe without a shared transaction: the watermark moves only
 * after the MERGE committed, so a crash in between leaves it behind the lake, and the rerun fetches that range again
 * and MERGEs it as a no-op. It never gets ahead of the lake, so no hole can open. A watermark only moves forward.
 */
@Component
public class Watermarks {
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    public Watermarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS ADAPTIVE_WATERMARK ("
                + "SOURCE VARCHAR(64) NOT NULL, SYMBOL VARCHAR(64) NOT NULL, BAR_INTERVAL VARCHAR(8) NOT NULL, "
                + "OPEN_TIME_MILLIS BIGINT NOT NULL, UPDATED_MILLIS BIGINT NOT NULL, JOB_EXECUTION_ID BIGINT, "
                + "PRIMARY KEY (SOURCE, SYMBOL, BAR_INTERVAL))");
    }

    /** One stored watermark. */
    public record Watermark(String source, String symbol, BarInterval interval, long openTimeMillis, long updatedMillis,
                            long executionId) {
    }

    /** The latest committed bar's open time, or null when nothing was ever merged for this target. */
    public Long get(UpdateTarget target) {
        List<Long> found = jdbc.queryForList("SELECT OPEN_TIME_MILLIS FROM ADAPTIVE_WATERMARK WHERE SOURCE = ? AND SYMBOL = ? "
                + "AND BAR_INTERVAL = ?", Long.class, target.source(), target.symbol(), target.interval().label());
        return found.isEmpty() ? null : found.get(0);
    }

    /** Moves the watermark to {@code openTimeMillis} unless it is already there or further. Call only after the MERGE committed. */
    public void advance(UpdateTarget target, long openTimeMillis, long executionId) {
        jdbc.update("INSERT INTO ADAPTIVE_WATERMARK VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (SOURCE, SYMBOL, BAR_INTERVAL) DO UPDATE SET OPEN_TIME_MILLIS = excluded.OPEN_TIME_MILLIS, "
                        + "UPDATED_MILLIS = excluded.UPDATED_MILLIS, JOB_EXECUTION_ID = excluded.JOB_EXECUTION_ID "
                        + "WHERE excluded.OPEN_TIME_MILLIS > ADAPTIVE_WATERMARK.OPEN_TIME_MILLIS",
                target.source(), target.symbol(), target.interval().label(), openTimeMillis, clock.millis(), executionId);
    }

    public List<Watermark> all() {
        return jdbc.query("SELECT SOURCE, SYMBOL, BAR_INTERVAL, OPEN_TIME_MILLIS, UPDATED_MILLIS, JOB_EXECUTION_ID "
                        + "FROM ADAPTIVE_WATERMARK ORDER BY SOURCE, SYMBOL, BAR_INTERVAL",
                (rs, i) -> new Watermark(rs.getString(1), rs.getString(2), BarInterval.parse(rs.getString(3)), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)));
    }
}
