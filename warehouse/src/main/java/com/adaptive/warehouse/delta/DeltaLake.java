package com.adaptive.warehouse.delta;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.bar.BarSeriesBuilder;
import com.adaptive.warehouse.Gap;
import com.adaptive.warehouse.HistoryEntry;
import com.adaptive.warehouse.Lake;
import com.adaptive.warehouse.LakeConfig;
import com.adaptive.warehouse.LakeException;
import com.adaptive.warehouse.MergeStats;
import com.adaptive.warehouse.QualityRecord;
import com.adaptive.warehouse.QuerySink;
import com.adaptive.warehouse.TableInfo;
import com.adaptive.warehouse.delta.TableCatalog.TableDefinition;
import com.adaptive.warehouse.staging.StagedBars;
import com.adaptive.warehouse.spark.SparkSessionFactory;
import io.delta.tables.DeltaTable;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;

/** The {@link Lake} on Delta tables under one root, written with idempotent MERGEs through the JVM's SparkSession. */
public final class DeltaLake implements Lake {
    private static final Logger LOG = LoggerFactory.getLogger(DeltaLake.class);
    private static final AtomicLong VIEW_SEQUENCE = new AtomicLong();
    private static final String[] BAR_VALUES = {"open", "high", "low", "close", "volume"};
    private static final Set<String> PREPARED_BAR_TABLES = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static volatile CompletableFuture<Void> prestart = CompletableFuture.completedFuture(null);

    private final LakeConfig config;
    private final SparkSession spark;
    private final String rootUri;
    private final List<TableDefinition> definitions;
    private final Set<String> registeredViews = new LinkedHashSet<>();

    private DeltaLake(LakeConfig config, TimePartitioning barsTimePartitioning) {
        this.config = config;
        this.spark = SparkSessionFactory.obtain(config);
        this.rootUri = qualified(spark, config.rootUri());
        List<TableDefinition> tables = new ArrayList<>(TableCatalog.definitions());
        tables.set(0, TableCatalog.bars(barsTimePartitioning));
        this.definitions = List.copyOf(tables);
    }

    /**
     * Opens the lake described by {@code config}, starting the JVM's SparkSession if needed; waits for a
     * {@link #prestart} still running, so that the two never create the same table at once.
     */
    public static DeltaLake open(LakeConfig config) {
        awaitPrestart();
        return new DeltaLake(config, TableCatalog.BARS_TIME_PARTITIONING);
    }

    /**
     * Starts this JVM's lake cold start on a daemon thread and returns at once: opens the lake (the Spark session) and
     * runs {@code warmUp} on it, typically {@link #prepareBarWrites} or {@link #prepareQuery}. A command line calls it
     * before its own start-up (about 2.5 s of Spring here) so the two overlap; {@link #open} waits for it to end. A
     * failure is only logged: the lake's first real use meets it again.
     */
    public static synchronized void prestart(LakeConfig config, Consumer<? super DeltaLake> warmUp) {
        if (!prestart.isDone()) {
            return;
        }
        prestart = CompletableFuture.runAsync(() -> {
            long startNanos = System.nanoTime();
            LOG.debug("prestart begins {} ms after the JVM started", System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
            DeltaLake lake = new DeltaLake(config, TableCatalog.BARS_TIME_PARTITIONING);
            warmUp.accept(lake);
            LOG.debug("prestart done in {} ms", (System.nanoTime() - startNanos) / 1_000_000);
        }, task -> {
            Thread thread = new Thread(task, "lake-prestart");
            thread.setDaemon(true); // must never keep the JVM alive
            thread.start();
        });
    }

    private static void awaitPrestart() {
        try {
            prestart.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            LOG.warn("lake prestart failed; the lake starts now instead: {}", e.getCause() == null ? e : e.getCause().toString());
        }
    }

    /** Opens a lake whose {@code bars} table (if created by this lake) uses another time key; for the partitioning trial. */
    public static DeltaLake openWithBarsPartitioning(LakeConfig config, TimePartitioning barsTimePartitioning) {
        return new DeltaLake(config, barsTimePartitioning);
    }

    /** The Spark session behind this lake, for the engine-side code of the warehouse module only. */
    public SparkSession spark() {
        return spark;
    }

    public LakeConfig config() {
        return config;
    }

    // ---------------------------------------------------------------- writes

    @Override
    public MergeStats mergeBars(StagedBars scan) {
        String action = "Cannot merge staged bars from " + scan.dir();
        long startNanos = System.nanoTime();
        if (scan.distinctRows() == 0) {
            return new MergeStats(0, 0, 0);
        }
        String uri = ensureTable(definition(TableCatalog.BARS));
        LOG.debug("merge bars: table check took {} ms", (System.nanoTime() - startNanos) / 1_000_000);
        Dataset<Row> source;
        try {
            // exactly the files the scan vetted, typed: no text to parse
            String[] files = scan.files().stream().map(DeltaLake::fileUri).toArray(String[]::new);
            source = spark.read().schema(TableCatalog.STAGED_BARS_SCHEMA).parquet(files)
                    .select(col("symbol"), col("interval"),
                            org.apache.spark.sql.functions.timestamp_millis(col("open_time_ms")).as("open_time"),
                            col("open"), col("high"), col("low"), col("close"), col("volume"), col("source"));
        } catch (Exception e) {
            throw engineFailure(action, e);
        }
        if (scan.hasRepeats()) {
            source = source.dropDuplicates("symbol", "interval", "open_time"); // the scan proved the repeats identical
        }
        // literal time spans restrict the target side, so Delta skips partitions and files outside the staging
        String targetSpans = spans(scan, "t.");
        // a first load (nothing stored in the staged spans) needs no change detection and no MERGE: one overwrite of
        // exactly the staged spans writes like an append, and because it reads those spans Delta refuses the commit
        // if another writer added rows there meanwhile (the rerun then takes the MERGE path)
        if (!anyRow(action, uri, targetSpans)) {
            try {
                source.withColumn("ingested_at", current_timestamp())
                        .write().format("delta").mode("overwrite").option("replaceWhere", spans(scan, "")).save(uri);
            } catch (Exception e) {
                throw engineFailure(action, e);
            }
            LOG.debug("merge bars: first load of {} rows written in {} ms", scan.distinctRows(),
                    (System.nanoTime() - startNanos) / 1_000_000);
            return new MergeStats(scan.distinctRows(), 0, 0);
        }
        String view = tempViewName("staged_bars");
        String changesView = view + "_changes";
        source.createOrReplaceTempView(view);
        String same = Arrays.stream(BAR_VALUES).map(v -> "t." + v + " <=> s." + v).collect(Collectors.joining(" AND "));
        // Delta's MERGE rewrites every file holding a matched row even when the matched clause's condition is false,
        // so a rerun would copy the whole span; first keep only staged rows that are new or differ from the table.
        Dataset<Row> changes = sqlFrame(action, "SELECT s.*, t.open_time IS NOT NULL AS revision FROM " + view + " s"
                + " LEFT JOIN (SELECT symbol, interval, open_time, " + String.join(", ", BAR_VALUES) + " FROM delta.`" + uri
                + "` t WHERE " + targetSpans + ") t"
                + " ON t.symbol = s.symbol AND t.interval = s.interval AND t.open_time = s.open_time"
                + " WHERE t.open_time IS NULL OR NOT (" + same + ")")
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        try {
            long revisions = 0;
            long changed = 0;
            for (Row r : collect(action, changes.groupBy("revision").count())) {
                changed += r.getLong(1);
                revisions += r.getBoolean(0) ? r.getLong(1) : 0;
            }
            LOG.debug("merge bars: {} new, {} revised rows found in {} ms", changed - revisions, revisions,
                    (System.nanoTime() - startNanos) / 1_000_000);
            if (changed == 0) {
                return new MergeStats(0, 0, scan.distinctRows()); // nothing to commit: a rerun leaves no new version
            }
            changes.createOrReplaceTempView(changesView);
            String insert = " WHEN NOT MATCHED THEN INSERT (symbol, interval, open_time, open, high, low, close, volume, source, ingested_at)"
                    + " VALUES (s.symbol, s.interval, s.open_time, s.open, s.high, s.low, s.close, s.volume, s.source, current_timestamp())";
            // the MERGE still matches on the key, so a row another writer inserted meanwhile is never duplicated
            String sql = "MERGE INTO delta.`" + uri + "` AS t USING " + changesView + " AS s"
                    + " ON t.symbol = s.symbol AND t.interval = s.interval AND t.open_time = s.open_time AND (" + targetSpans + ")"
                    + (revisions == 0 ? "" : " WHEN MATCHED AND NOT (" + same + ") THEN UPDATE SET"
                    + " open = s.open, high = s.high, low = s.low, close = s.close, volume = s.volume,"
                    + " source = s.source, ingested_at = current_timestamp()")
                    + insert;
            long[] counts = runMerge(action, sql);
            long revised = counts[0];
            long inserted = counts[1];
            return new MergeStats(inserted, revised, scan.distinctRows() - inserted - revised);
        } finally {
            changes.unpersist(false);
            spark.catalog().dropTempView(view);
            spark.catalog().dropTempView(changesView);
        }
    }

    @Override
    public long mergeQuarantine(Path stagedQuarantineDir) {
        String action = "Cannot merge staged quarantine records from " + stagedQuarantineDir;
        if (java.nio.file.Files.isDirectory(stagedQuarantineDir) && isEmpty(stagedQuarantineDir)) {
            return 0; // a clean batch: no Spark job, and no empty table created for nothing
        }
        Dataset<Row> staged = readStaged(action, stagedQuarantineDir,
                reader -> reader.schema(TableCatalog.STAGED_QUARANTINE_SCHEMA).option("mode", "FAILFAST")
                        .json(dirUri(stagedQuarantineDir)));
        String uri = ensureTable(definition(TableCatalog.BARS_QUARANTINE));
        // a record repeated in the staging folder (a retried chunk) counts once
        Dataset<Row> source = staged.dropDuplicates("file", "line_number");
        String view = tempViewName("staged_quarantine");
        source.createOrReplaceTempView(view);
        String sql = "MERGE INTO delta.`" + uri + "` AS t USING " + view + " AS s"
                + " ON t.file = s.file AND t.line_number = s.line_number"
                + " WHEN MATCHED AND NOT (t.raw_line <=> s.raw_line AND t.reason <=> s.reason) THEN UPDATE SET"
                + " raw_line = s.raw_line, reason = s.reason, execution_id = s.execution_id, symbol = s.symbol,"
                + " interval = s.interval, quarantined_at = current_timestamp()"
                + " WHEN NOT MATCHED THEN INSERT (file, line_number, raw_line, reason, execution_id, symbol, interval, quarantined_at)"
                + " VALUES (s.file, s.line_number, s.raw_line, s.reason, s.execution_id, s.symbol, s.interval, current_timestamp())";
        try {
            return runMerge(action, sql)[1];
        } finally {
            spark.catalog().dropTempView(view);
        }
    }

    @Override
    public long mergeQuotes(Path stagedQuotesDir) {
        String action = "Cannot merge staged quotes from " + stagedQuotesDir;
        Dataset<Row> staged = readStaged(action, stagedQuotesDir,
                reader -> reader.schema(TableCatalog.STAGED_QUOTES_SCHEMA).option("mode", "FAILFAST").csv(dirUri(stagedQuotesDir)));
        String uri = ensureTable(definition(TableCatalog.QUOTES));
        // a quote staged twice (a flush retried after a crash) counts once
        Dataset<Row> source = staged.dropDuplicates("symbol", "time_ms", "source");
        String view = tempViewName("staged_quotes");
        source.createOrReplaceTempView(view);
        String sql = "MERGE INTO delta.`" + uri + "` AS t USING " + view + " AS s"
                + " ON t.symbol = s.symbol AND t.time = timestamp_millis(s.time_ms) AND t.source = s.source"
                + " WHEN NOT MATCHED THEN INSERT (time, symbol, price, bid, ask, spread_bps, source, recorded_at)"
                + " VALUES (timestamp_millis(s.time_ms), s.symbol, s.price, s.bid, s.ask, s.spread_bps, s.source, current_timestamp())";
        try {
            return runMerge(action, sql)[1];
        } finally {
            spark.catalog().dropTempView(view);
        }
    }

    @Override
    public void writeQuality(List<QualityRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        String action = "Cannot write " + records.size() + " data-quality records";
        String uri = ensureTable(definition(TableCatalog.DATA_QUALITY));
        String view = tempViewName("quality");
        qualityFrame(records).dropDuplicates("symbol", "interval", "check", "first_time").createOrReplaceTempView(view);
        String sql = "MERGE INTO delta.`" + uri + "` AS t USING " + view + " AS s"
                + " ON t.symbol = s.symbol AND t.interval = s.interval AND t.check = s.check AND t.first_time = s.first_time"
                + " WHEN MATCHED THEN UPDATE SET *"
                + " WHEN NOT MATCHED THEN INSERT *";
        try {
            runMerge(action, sql);
        } finally {
            spark.catalog().dropTempView(view);
        }
    }

    @Override
    public void replaceQuality(String symbol, BarInterval interval, String check, long fromMillis, long toMillis,
                               List<QualityRecord> records) {
        String action = "Cannot replace " + check + " findings of " + symbol + " " + interval.label();
        for (QualityRecord r : records) {
            if (!r.symbol().equals(symbol) || r.interval() != interval || !r.check().equals(check)
                    || r.firstTimeMillis() < fromMillis || r.firstTimeMillis() >= toMillis) {
                throw new IllegalArgumentException(action + ": record " + r + " lies outside [" + Instant.ofEpochMilli(fromMillis)
                        + ", " + Instant.ofEpochMilli(toMillis) + ")");
            }
        }
        String uri = ensureTable(definition(TableCatalog.DATA_QUALITY));
        String where = "symbol = " + sqlString(symbol) + " AND interval = " + sqlString(interval.label())
                + " AND `check` = " + sqlString(check) + " AND first_time >= " + sqlTimestamp(fromMillis)
                + " AND first_time < " + sqlTimestamp(toMillis);
        try {
            // one Delta commit removes the old findings of the range and adds the new ones
            qualityFrame(records).write().format("delta").mode("overwrite").option("replaceWhere", where).save(uri);
        } catch (Exception e) {
            throw engineFailure(action, e);
        }
    }

    @Override
    public void prepareBarWrites() {
        long startNanos = System.nanoTime();
        String action = "Cannot prepare lake table bars";
        if (PREPARED_BAR_TABLES.contains(tableUri(TableCatalog.BARS))) {
            return; // a warm-up of this JVM (the prestart, say) already did it; a second would only wait on the first
        }
        String uri = ensureTable(definition(TableCatalog.BARS));
        LOG.debug("bar writes: table ready in {} ms", (System.nanoTime() - startNanos) / 1_000_000);
        // the same probe a MERGE's first-load check runs, on a key no bar has: loads the snapshot, compiles the read path
        anyRow(action, uri, "t.symbol = '' AND t.interval = '' AND t.open_time BETWEEN " + sqlTimestamp(0) + " AND "
                + sqlTimestamp(0));
        PREPARED_BAR_TABLES.add(uri);
        LOG.debug("prepared bar writes in {} ms", (System.nanoTime() - startNanos) / 1_000_000);
    }

    // ---------------------------------------------------------------- reads

    @Override
    public List<Gap> findGaps(String symbol, BarInterval interval, long fromMillis, long toMillis) {
        long step = interval.millis();
        long first = interval.isAligned(fromMillis) ? fromMillis : interval.bucketStart(fromMillis) + step;
        long last = interval.bucketStart(toMillis);
        if (last < first) {
            return List.of();
        }
        String action = "Cannot find gaps of " + symbol + " " + interval.label();
        String uri = tableUri(TableCatalog.BARS);
        boolean tableExists = exists(uri);
        String range = " FROM delta.`" + uri + "` WHERE symbol = " + sqlString(symbol) + " AND interval = "
                + sqlString(interval.label()) + " AND open_time BETWEEN " + sqlTimestamp(first) + " AND " + sqlTimestamp(last);
        if (tableExists) {
            // the usual answer is "none": a count reads one column and needs no sort, the window query below does
            long expected = (last - first) / step + 1;
            Row aligned = collect(action, sqlFrame(action, "SELECT count(*)" + range + " AND unix_millis(open_time) % "
                    + step + " = " + Math.floorMod(first, step))).get(0);
            if (aligned.getLong(0) == expected) {
                return List.of(); // keys are unique, so as many aligned bars as slots means every slot is filled
            }
        }
        String stored = tableExists ? "SELECT unix_millis(open_time) AS t" + range
                : "SELECT CAST(NULL AS BIGINT) AS t WHERE false";
        // sentinels one step outside the range turn holes at either end into ordinary holes between neighbours
        String sql = "SELECT prev + " + step + " AS first_missing, (t - prev) DIV " + step + " - 1 AS missing FROM ("
                + " SELECT t, lag(t) OVER (PARTITION BY 1 ORDER BY t) AS prev FROM ("
                + stored + " UNION ALL SELECT CAST(" + (first - step) + " AS BIGINT) UNION ALL SELECT CAST(" + (last + step)
                + " AS BIGINT))) WHERE t - prev > " + step + " ORDER BY first_missing";
        List<Gap> gaps = new ArrayList<>();
        for (Row r : collect(action, sqlFrame(action, sql))) {
            gaps.add(new Gap(symbol, interval, r.getLong(0), r.getLong(1)));
        }
        return gaps;
    }

    @Override
    public BarSeries readBars(String symbol, BarInterval interval, long fromMillis, long toMillis) {
        String uri = tableUri(TableCatalog.BARS);
        if (!exists(uri) || toMillis <= fromMillis) {
            return new BarSeriesBuilder(0).build();
        }
        String action = "Cannot read bars of " + symbol + " " + interval.label();
        Dataset<Row> rows = spark.read().format("delta").load(uri)
                .where(col("symbol").equalTo(symbol).and(col("interval").equalTo(interval.label()))
                        .and(col("open_time").geq(lit(Instant.ofEpochMilli(fromMillis))))
                        .and(col("open_time").lt(lit(Instant.ofEpochMilli(toMillis)))))
                .selectExpr("unix_millis(open_time)", "open", "high", "low", "close", "volume");
        BarColumns columns = new BarColumns();
        try {
            Iterator<Row> it = rows.toLocalIterator();
            while (it.hasNext()) {
                Row r = it.next();
                columns.add(r.getLong(0), r.getDouble(1), r.getDouble(2), r.getDouble(3), r.getDouble(4), r.getDouble(5));
            }
        } catch (Exception e) {
            throw engineFailure(action, e);
        }
        return columns.toSeriesSortedByOpenTime();
    }

    @Override
    public void query(String sql, QuerySink sink) {
        String action = "Cannot run query";
        long startNanos = System.nanoTime();
        registerReferencedTables(sql);
        LOG.debug("query: tables registered in {} ms", (System.nanoTime() - startNanos) / 1_000_000);
        Dataset<Row> frame = sqlFrame(action, sql);
        LOG.debug("query: analysed in {} ms", (System.nanoTime() - startNanos) / 1_000_000);
        StructField[] fields = frame.schema().fields();
        sink.columns(Arrays.stream(fields).map(StructField::name).toList());
        try {
            Iterator<Row> it = frame.toLocalIterator();
            boolean first = true;
            while (it.hasNext()) {
                Row r = it.next();
                if (first) {
                    LOG.debug("query: first row after {} ms", (System.nanoTime() - startNanos) / 1_000_000);
                    first = false;
                }
                Object[] values = new Object[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    values[i] = javaValue(r, i, fields[i]);
                }
                sink.row(values);
            }
        } catch (Exception e) {
            throw engineFailure(action, e);
        }
        sink.end();
        LOG.debug("query: done in {} ms", (System.nanoTime() - startNanos) / 1_000_000);
    }

    @Override
    public void prepareQuery(String sql) {
        long startNanos = System.nanoTime();
        registerReferencedTables(sql);
        LOG.debug("prepared query in {} ms", (System.nanoTime() - startNanos) / 1_000_000);
    }

    @Override
    public List<TableInfo> tables() {
        List<TableInfo> infos = new ArrayList<>();
        for (String name : knownTables()) {
            String uri = tableUri(name);
            if (!exists(uri)) {
                infos.add(new TableInfo(name, 0, 0, 0, 0, -1, null, partitionColumnsOf(name)));
                continue;
            }
            String action = "Cannot describe lake table " + name;
            try {
                DeltaTable table = DeltaTable.forPath(spark, uri);
                Row detail = table.detail().first();
                Row last = table.history(1).first();
                List<String> partitionColumns = detail.getList(detail.fieldIndex("partitionColumns"));
                // the row count comes from the file statistics in the Delta log, not a scan
                long rows = spark.read().format("delta").load(uri).count();
                long partitions = partitionColumns.isEmpty() ? 1
                        : DeltaLog.forTable(spark, uri).unsafeVolatileSnapshot().allFiles()
                        .select(org.apache.spark.sql.functions.to_json(col("partitionValues"))).distinct().count();
                infos.add(new TableInfo(name, rows, detail.getLong(detail.fieldIndex("numFiles")),
                        detail.getLong(detail.fieldIndex("sizeInBytes")), rows == 0 ? 0 : partitions,
                        last.getLong(last.fieldIndex("version")), last.<Instant>getAs("timestamp"), partitionColumns));
            } catch (Exception e) {
                throw engineFailure(action, e);
            }
        }
        return infos;
    }

    @Override
    public List<HistoryEntry> history(String table) {
        requireKnown(table);
        String uri = tableUri(table);
        if (!exists(uri)) {
            return List.of();
        }
        List<HistoryEntry> entries = new ArrayList<>();
        try {
            for (Row r : DeltaTable.forPath(spark, uri).history().collectAsList()) {
                entries.add(new HistoryEntry(r.getLong(r.fieldIndex("version")), r.<Instant>getAs("timestamp"),
                        r.getString(r.fieldIndex("operation")), mapText(r.getJavaMap(r.fieldIndex("operationParameters"))),
                        mapText(r.getJavaMap(r.fieldIndex("operationMetrics")))));
            }
        } catch (Exception e) {
            throw engineFailure("Cannot read the history of lake table " + table, e);
        }
        return entries;
    }

    /** Drops the temp views this lake registered; the JVM's SparkSession stays up for the next lake. */
    @Override
    public void close() {
        for (String view : registeredViews) {
            spark.catalog().dropTempView(view);
        }
        registeredViews.clear();
    }

    // ---------------------------------------------------------------- helpers

    /** Names of the catalog's tables and of any other Delta table found under the root, sorted after the catalog's. */
    public List<String> knownTables() {
        Set<String> names = new LinkedHashSet<>();
        definitions.forEach(d -> names.add(d.name()));
        try {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(rootUri);
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            List<String> found = new ArrayList<>();
            for (FileStatus status : fs.listStatus(root)) {
                if (status.isDirectory() && fs.exists(new org.apache.hadoop.fs.Path(status.getPath(), "_delta_log"))) {
                    found.add(status.getPath().getName());
                }
            }
            found.stream().sorted().forEach(names::add);
        } catch (FileNotFoundException emptyLake) {
            // nothing written yet
        } catch (IOException e) {
            throw new LakeException("Cannot list the tables under lake root " + config.rootUri() + ": " + e.getMessage(), e);
        }
        return List.copyOf(names);
    }

    private void requireKnown(String table) {
        List<String> known = knownTables();
        if (!known.contains(table)) {
            throw new IllegalArgumentException("unknown lake table '" + table + "': known tables are " + String.join(", ", known));
        }
    }

    private TableDefinition definition(String name) {
        return definitions.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> partitionColumnsOf(String name) {
        return definitions.stream().filter(d -> d.name().equals(name)).findFirst()
                .map(TableDefinition::partitionColumns).orElse(List.of());
    }

    private String tableUri(String name) {
        return rootUri + "/" + name;
    }

    /** The root as Hadoop spells it ({@code file:/x}, not {@code file:///x}); Delta refuses two spellings of one table. */
    private static String qualified(SparkSession spark, String root) {
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(root);
            return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(path).toString();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot open the lake at " + root + ": " + e.getMessage(), e);
        }
    }

    private boolean exists(String uri) {
        return DeltaTable.isDeltaTable(spark, uri);
    }

    private String ensureTable(TableDefinition definition) {
        String uri = tableUri(definition.name());
        try {
            definition.createIfMissing(spark, uri);
        } catch (Exception e) {
            throw engineFailure("Cannot create lake table " + definition.name() + " at " + uri, e);
        }
        return uri;
    }

    /** Registers, as temp views named like the tables, every lake table whose name the SQL mentions. */
    private void registerReferencedTables(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        for (String name : knownTables()) {
            if (!Pattern.compile("(?<![a-z0-9_])" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "(?![a-z0-9_])")
                    .matcher(lower).find()) {
                continue; // loading a Delta snapshot costs a Spark job; skip tables the query does not name
            }
            String uri = tableUri(name);
            Dataset<Row> frame;
            if (exists(uri)) {
                frame = spark.read().format("delta").load(uri);
            } else {
                TableDefinition definition = definition(name);
                frame = spark.createDataFrame(List.of(), definition.schema());
            }
            frame.createOrReplaceTempView(name);
            registeredViews.add(name);
        }
    }

    private Dataset<Row> sqlFrame(String action, String sql) {
        try {
            return spark.sql(sql);
        } catch (Exception e) { // Scala throws the checked AnalysisException without declaring it
            if (e instanceof AnalysisException) {
                String message = firstLine(e.getMessage());
                if (message.contains("TABLE_OR_VIEW_NOT_FOUND")) {
                    message += " Lake tables: " + String.join(", ", knownTables()) + ".";
                }
                throw new IllegalArgumentException(action + ": " + message, e);
            }
            throw engineFailure(action, e);
        }
    }

    private List<Row> collect(String action, Dataset<Row> frame) {
        try {
            return frame.collectAsList();
        } catch (Exception e) {
            throw engineFailure(action, e);
        }
    }

    /** Runs a Delta MERGE statement; returns {updated, inserted} rows from its result row. */
    private long[] runMerge(String action, String sql) {
        long startNanos = System.nanoTime();
        try {
            Row result = spark.sql(sql).first();
            long updated = result.getLong(result.fieldIndex("num_updated_rows"));
            long inserted = result.getLong(result.fieldIndex("num_inserted_rows"));
            LOG.debug("MERGE took {} ms: {} inserted, {} updated", (System.nanoTime() - startNanos) / 1_000_000, inserted, updated);
            return new long[]{updated, inserted};
        } catch (Exception e) {
            throw engineFailure(action, e);
        }
    }

    private interface StagedRead {
        Dataset<Row> read(org.apache.spark.sql.DataFrameReader reader);
    }

    private Dataset<Row> readStaged(String action, Path dir, StagedRead read) {
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new IllegalArgumentException(action + ": no such folder");
        }
        try {
            return read.read(spark.read());
        } catch (Exception e) {
            throw engineFailure(action, e);
        }
    }

    private Dataset<Row> qualityFrame(List<QualityRecord> records) {
        List<Row> rows = new ArrayList<>(records.size());
        Instant now = Instant.now();
        for (QualityRecord r : records) {
            rows.add(RowFactory.create(r.symbol(), r.interval().label(), r.check(), Instant.ofEpochMilli(r.firstTimeMillis()),
                    r.count(), r.detail(), r.executionId(), now));
        }
        return spark.createDataFrame(rows, TableCatalog.DATA_QUALITY_SCHEMA);
    }

    private static Object javaValue(Row r, int i, StructField field) {
        if (r.isNullAt(i)) {
            return null;
        }
        if (field.dataType() instanceof ArrayType) {
            return r.getList(i);
        }
        if (field.dataType() instanceof MapType) {
            return r.getJavaMap(i);
        }
        if (field.dataType() instanceof StructType) {
            return r.getStruct(i).toString();
        }
        return r.get(i);
    }

    private static String mapText(Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return "";
        }
        return new TreeMap<>(map).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** True when table {@code uri} (aliased {@code t}) holds a row matching {@code predicate}; reads at most one. */
    private boolean anyRow(String action, String uri, String predicate) {
        return !collect(action, sqlFrame(action, "SELECT 1 FROM delta.`" + uri + "` t WHERE " + predicate + " LIMIT 1")).isEmpty();
    }

    /** True when every data file of a staging folder is empty. */
    private static boolean isEmpty(Path dir) {
        try {
            for (Path file : quarantineFiles(dir)) {
                if (java.nio.file.Files.size(file) > 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // let the Spark read report what is wrong with the folder
        }
    }

    /** The data files of a quarantine staging folder: regular files, not hidden and not Spark/Hadoop markers. */
    private static List<Path> quarantineFiles(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_"))
                    .toList();
        }
    }

    private static String fileUri(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    private static String tempViewName(String prefix) {
        return prefix + "_" + ProcessHandle.current().pid() + "_" + VIEW_SEQUENCE.incrementAndGet();
    }

    private static String dirUri(Path dir) {
        return dir.toAbsolutePath().normalize().toUri().toString();
    }

    /** The stored rows the staged spans cover: per (symbol, interval), open time between its first and last staged bar. */
    private static String spans(StagedBars scan, String alias) {
        return scan.spans().stream()
                .map(span -> "(" + alias + "symbol = " + sqlString(span.symbol()) + " AND " + alias + "interval = "
                        + sqlString(span.interval()) + " AND " + alias + "open_time BETWEEN " + sqlTimestamp(span.firstMillis())
                        + " AND " + sqlTimestamp(span.lastMillis()) + ")")
                .collect(Collectors.joining(" OR "));
    }

    static String sqlString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    static String sqlTimestamp(long millis) {
        return "TIMESTAMP '" + Instant.ofEpochMilli(millis) + "'";
    }

    /** A one-line message for an engine failure: the action, then the innermost cause's first line. */
    static LakeException engineFailure(String action, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = firstLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
        if (root != e && e.getMessage() != null && !firstLine(e.getMessage()).equals(message)
                && !(e instanceof org.apache.spark.SparkException)) {
            message = firstLine(e.getMessage()) + " (" + message + ")";
        }
        return new LakeException(action + ": " + message, e);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        line = newline < 0 ? line : line.substring(0, newline).strip();
        int context = line.indexOf("; line ");
        return context > 0 ? line.substring(0, context) + "." : line;
    }
}
