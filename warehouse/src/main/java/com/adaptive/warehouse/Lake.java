package com.adaptive.warehouse;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.warehouse.staging.StagedBars;

import java.nio.file.Path;
import java.util.List;

/**
 * The market-data lake as the rest of the code sees it; Spark and Delta types stay behind it.
 *
 * <p>Every write is idempotent: rerunning the same input leaves the same tables.
 */
public interface Lake extends AutoCloseable {

    /**
     * MERGEs staged bars into table {@code bars} on (symbol, interval, open_time).
     *
     * @param staged a folder of staged-bars files ({@link com.adaptive.warehouse.staging.StagedBarsWriter}) as scanned
     * @return rows inserted, rows whose values changed (revisions) and rows already present unchanged
     */
    MergeStats mergeBars(StagedBars staged);

    /** Scans {@code stagedBarsDir} ({@link StagedBars#scan}) and MERGEs it. */
    default MergeStats mergeBars(Path stagedBarsDir) {
        return mergeBars(StagedBars.scan(stagedBarsDir));
    }

    /**
     * Readies the engine for {@link #mergeBars}: session started, table created, its read path compiled. Writes no
     * rows and may run on another thread while the caller stages bars, so the cold start overlaps useful work.
     */
    void prepareBarWrites();

    /**
     * MERGEs staged quarantine records into {@code bars_quarantine} on (file, line_number).
     *
     * @param stagedQuarantineDir folder of JSON-lines files with fields
     *     {@code file,line_number,raw_line,reason,execution_id,symbol,interval}
     * @return number of records new to the table
     */
    long mergeQuarantine(Path stagedQuarantineDir);

    /**
     * MERGEs staged quotes into {@code quotes} on (symbol, time, source); a quote already stored is left as it is.
     *
     * @param stagedQuotesDir folder of header-less CSV files, columns
     *     {@code time_ms,symbol,price,bid,ask,spread_bps,source}
     * @return number of quotes new to the table
     */
    long mergeQuotes(Path stagedQuotesDir);

    /**
     * Holes in the stored bars of one symbol and interval: every aligned open time in {@code [fromMillis, toMillis]}
     * (both ends inclusive) without a bar, one entry per run of consecutive missing bars, in time order.
     */
    List<Gap> findGaps(String symbol, BarInterval interval, long fromMillis, long toMillis);

    /**
     * Upserts findings into {@code data_quality} on (symbol, interval, check, first_time): a finding already stored
     * with the same key is replaced, others are added, nothing is deleted.
     */
    void writeQuality(List<QualityRecord> records);

    /**
     * Replaces, in one commit, every {@code check} finding of (symbol, interval) whose first time lies in
     * {@code [fromMillis, toMillis)} with {@code records} (which must all lie in that scope; may be empty to clear it).
     */
    void replaceQuality(String symbol, BarInterval interval, String check, long fromMillis, long toMillis,
                        List<QualityRecord> records);

    /** Bars of one symbol and interval with open time in {@code [fromMillis, toMillis)}. */
    BarSeries readBars(String symbol, BarInterval interval, long fromMillis, long toMillis);

    /**
     * Runs Spark SQL with every lake table registered by name and streams the rows to {@code sink}.
     *
     * @throws IllegalArgumentException for SQL that does not parse or names unknown tables or columns (one-line message)
     * @throws LakeException when the engine fails while running valid SQL
     */
    void query(String sql, QuerySink sink);

    /**
     * Readies the engine for {@link #query} of {@code sql}: session started, the tables it names loaded. Returns no rows
     * and may run on another thread while the caller starts up.
     */
    void prepareQuery(String sql);

    /** Each table with rows, files, bytes, partitions, latest version and last write; defined tables not yet written included. */
    List<TableInfo> tables();

    /** The Delta history of one table, newest first; unknown names get an IllegalArgumentException naming them. */
    List<HistoryEntry> history(String table);

    @Override
    void close();
}
