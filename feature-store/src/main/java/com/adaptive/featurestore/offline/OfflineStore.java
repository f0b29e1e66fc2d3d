package com.adaptive.featurestore.offline;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.regime.RegimeClassification;
import com.adaptive.core.regime.RegimeConfig;
import com.adaptive.core.regime.RegimeDecision;
import com.adaptive.featurestore.view.FeatureView;
import com.adaptive.warehouse.LakeConfig;
import com.adaptive.warehouse.spark.SparkSessionFactory;
import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;

/**
 * The feature store's offline side on the lake: builds {@code features_<view>_v<version>} and {@code regimes}
 * incrementally from {@code bars}, and answers point-in-time questions over them.
 *
 * <p><b>Why builds are month-anchored.</b> EMAs, Wilder's ATR and RSI, and the classifier's confirmation state
 * remember their whole past, so values computed from "the warm-up before the first new bar" would differ in their
 * last bits from a full rebuild. Here every row of UTC month M is computed from a fresh state started the view's
 * warm-up before M begins, by whichever build computes it; computations are causal, so a row computed while M was
 * still filling up equals the row a later full rebuild computes. An incremental build writes only rows newer than
 * the table's latest, reading the current month's earlier bars and the warm-up lookback in.
 *
 * <p>Not final: the jobs inject it lazily through a Spring proxy, so that verbs which never touch it start no Spark.
 */
public class OfflineStore {
    public static final String BARS = "bars";
    public static final String REGIMES = "regimes";
    public static final String REGIME_STATS = "regime_stats";
    public static final String FINGERPRINT_PROPERTY = "adaptive.view.fingerprint";
    private static final Logger LOG = LoggerFactory.getLogger(OfflineStore.class);
    private static final long DECISION_MILLIS = 300_000L;

    static final StructType REGIMES_SCHEMA = new StructType(new StructField[] {
            DataTypes.createStructField("symbol", DataTypes.StringType, false),
            DataTypes.createStructField("decision_time", DataTypes.TimestampType, false),
            DataTypes.createStructField("regime", DataTypes.StringType, false),
            DataTypes.createStructField("rule", DataTypes.StringType, false),
            DataTypes.createStructField("candidate", DataTypes.StringType, false),
            DataTypes.createStructField("confirmations", DataTypes.IntegerType, false),
            DataTypes.createStructField("vwap_slope", DataTypes.DoubleType, true),
            DataTypes.createStructField("atr_percentile", DataTypes.DoubleType, true),
            DataTypes.createStructField("vol_ratio", DataTypes.DoubleType, true),
            DataTypes.createStructField("reason", DataTypes.StringType, false),
            DataTypes.createStructField("classifier_version", DataTypes.StringType, false),
            DataTypes.createStructField("month", DataTypes.StringType, false)});

    private final SparkSession spark;
    private final String rootUri;

    public OfflineStore(LakeConfig config) {
        this.spark = SparkSessionFactory.obtain(config);
        this.rootUri = qualified(spark, config.rootUri());
    }

    /** The root as Hadoop qualifies it, so that Delta sees one spelling of every table location. */
    private static String qualified(SparkSession spark, String root) {
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(root);
            return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(path).toString();
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot open the lake at " + root + ": " + e.getMessage(), e);
        }
    }

    public SparkSession spark() {
        return spark;
    }

    public String tableUri(String table) {
        return rootUri + "/" + table;
    }

    public boolean exists(String table) {
        return DeltaTable.isDeltaTable(spark, tableUri(table));
    }

    // ------------------------------------------------------------------ bars

    /** First and last open time of the stored bars of (symbol, interval), or empty when there are none. */
    public Optional<long[]> barRange(String symbol, BarInterval interval) {
        if (!exists(BARS)) {
            return Optional.empty();
        }
        Row r = spark.read().format("delta").load(tableUri(BARS))
                .where(col("symbol").equalTo(symbol).and(col("interval").equalTo(interval.label())))
                .selectExpr("unix_millis(min(open_time))", "unix_millis(max(open_time))").first();
        return r.isNullAt(0) ? Optional.empty() : Optional.of(new long[] {r.getLong(0), r.getLong(1)});
    }

    /** Bars of (symbol, interval) with open time in {@code [fromMillis, toMillis)}, in time order. */
    public BarSeries readBars(String symbol, BarInterval interval, long fromMillis, long toMillis) {
        List<Row> rows = spark.read().format("delta").load(tableUri(BARS))
                .where(col("symbol").equalTo(symbol).and(col("interval").equalTo(interval.label()))
                        .and(col("month").between(Months.key(fromMillis), Months.key(toMillis)))
                        .and(col("open_time").geq(lit(Instant.ofEpochMilli(fromMillis))))
                        .and(col("open_time").lt(lit(Instant.ofEpochMilli(toMillis)))))
                .selectExpr("unix_millis(open_time) AS t", "open", "high", "low", "close", "volume")
                .orderBy("t").collectAsList();
        int n = rows.size();
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            t[i] = r.getLong(0);
            o[i] = r.getDouble(1);
            h[i] = r.getDouble(2);
            l[i] = r.getDouble(3);
            c[i] = r.getDouble(4);
            v[i] = r.getDouble(5);
        }
        return BarSeries.of(t, o, h, l, c, v);
    }

    // ------------------------------------------------------------------ feature tables

    /** Schema of a view's table: keys, event time, one nullable double per feature, the month partition key. */
    public static StructType featureSchema(FeatureView view) {
        List<StructField> fields = new ArrayList<>(List.of(
                DataTypes.createStructField("symbol", DataTypes.StringType, false),
                DataTypes.createStructField("interval", DataTypes.StringType, false),
                DataTypes.createStructField("open_time", DataTypes.TimestampType, false),
                DataTypes.createStructField("event_time", DataTypes.TimestampType, false)));
        for (String f : view.features()) {
            fields.add(DataTypes.createStructField(f, DataTypes.DoubleType, true));
        }
        fields.add(DataTypes.createStructField("month", DataTypes.StringType, false));
        return new StructType(fields.toArray(StructField[]::new));
    }

    /** Creates the view's table if missing; refuses a table built by a declaration with other parameters. */
    void ensureFeatureTable(FeatureView view) {
        String uri = tableUri(view.tableName());
        if (DeltaTable.isDeltaTable(spark, uri)) {
            String stored = tableProperty(view.tableName(), FINGERPRINT_PROPERTY);
            if (!view.fingerprint().equals(stored)) {
                throw new IllegalStateException("Cannot build feature view " + view.id() + ": table " + view.tableName()
                        + " was built with fingerprint " + stored + " but the declaration now has " + view.fingerprint()
                        + "; a changed parameter needs a new version");
            }
            return;
        }
        DeltaTableBuilder builder = DeltaTable.createIfNotExists(spark).location(uri)
                .comment("feature view " + view.id() + ": " + view.description())
                .property(FINGERPRINT_PROPERTY, view.fingerprint())
                .property("adaptive.view.parameters", view.parameters().toString())
                .property("adaptive.view.ttl", view.ttl().toString())
                .property("adaptive.view.warmup_bars", Integer.toString(view.warmupBars()))
                .property("delta.dataSkippingNumIndexedCols", "4")
                .addColumns(featureSchema(view))
                .partitionedBy("symbol", "interval", "month");
        builder.execute();
    }

    String tableProperty(String table, String key) {
        Row detail = DeltaTable.forPath(spark, tableUri(table)).detail().first();
        Map<String, String> properties = detail.getJavaMap(detail.fieldIndex("properties"));
        return properties.get(key);
    }

    /**
     * Brings the view's table for (symbol, interval) up to date with {@code bars}: rows for every bar newer than the
     * table's latest, one Delta commit per {@code monthsPerCommit} months (the restart granularity).
     */
    public BuildResult buildFeatures(FeatureView view, String symbol, BarInterval interval, int monthsPerCommit,
                                     Consumer<BuildResult> afterCommit) {
        if (!view.intervals().contains(interval)) {
            throw new IllegalArgumentException("feature view " + view.id() + " is not declared for interval " + interval.label()
                    + ": its intervals are " + view.intervals());
        }
        requirePositive(monthsPerCommit);
        ensureFeatureTable(view);
        String table = view.tableName();
        long watermark = maxMillis(table, "open_time", "symbol = '" + sql(symbol) + "' AND interval = '" + interval.label() + "'");
        Optional<long[]> range = barRange(symbol, interval);
        long step = interval.millis();
        if (range.isEmpty() || range.get()[1] <= watermark) {
            return BuildResult.upToDate(table, symbol, interval.label(), watermark);
        }
        long first = watermark == Long.MIN_VALUE ? range.get()[0] : watermark + step;
        long lookbackMillis = view.warmupBars() * step;
        StructType schema = featureSchema(view);
        List<Long> months = Months.between(first, range.get()[1]);
        long barsRead = 0, written = 0;
        long[] millis = new long[3];
        int commits = 0;
        for (int g = 0; g < months.size(); g += monthsPerCommit) {
            long groupStart = months.get(g);
            long groupEnd = Months.next(months.get(Math.min(g + monthsPerCommit, months.size()) - 1));
            long t0 = System.nanoTime();
            BarSeries all = readBars(symbol, interval, groupStart - lookbackMillis, groupEnd);
            long t1 = System.nanoTime();
            barsRead += all.size();
            List<Row> rows = new ArrayList<>();
            for (long monthStart = groupStart; monthStart < groupEnd; monthStart = Months.next(monthStart)) {
                long monthEnd = Months.next(monthStart);
                BarSeries segment = slice(all, monthStart - lookbackMillis, monthEnd);
                double[][] columns = view.compute(segment);
                long[] t = segment.openTimeMillis();
                String month = Months.key(monthStart);
                for (int i = segment.indexAtOrAfter(Math.max(monthStart, first)); i < t.length; i++) {
                    Object[] values = new Object[5 + columns.length];
                    values[0] = symbol;
                    values[1] = interval.label();
                    values[2] = Instant.ofEpochMilli(t[i]);
                    values[3] = Instant.ofEpochMilli(t[i] + step);
                    for (int f = 0; f < columns.length; f++) {
                        values[4 + f] = nullIfNaN(columns[f][i]);
                    }
                    values[4 + columns.length] = month;
                    rows.add(RowFactory.create(values));
                }
            }
            long from = Math.max(groupStart, first);
            String where = "symbol = '" + sql(symbol) + "' AND interval = '" + interval.label() + "' AND "
                    + monthFilter(groupStart, groupEnd) + " AND open_time >= " + timestamp(from) + " AND open_time < " + timestamp(groupEnd);
            long t2 = System.nanoTime();
            if (!rows.isEmpty()) {
                replace(table, spark.createDataFrame(rows, schema), where);
                commits++;
            }
            long t3 = System.nanoTime();
            millis[0] += (t1 - t0) / 1_000_000;
            millis[1] += (t2 - t1) / 1_000_000;
            millis[2] += (t3 - t2) / 1_000_000;
            written += rows.size();
            watermark = rows.isEmpty() ? watermark : ((Instant) rows.get(rows.size() - 1).get(2)).toEpochMilli();
            LOG.info("{} {} {}: wrote {} rows for {} .. {}", table, symbol, interval.label(), rows.size(), Months.key(groupStart),
                    Months.key(groupEnd - 1));
            if (afterCommit != null) {
                afterCommit.accept(new BuildResult(table, symbol, interval.label(), all.size(), rows.size(), 1, watermark,
                        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000));
            }
        }
        return new BuildResult(table, symbol, interval.label(), barsRead, written, commits, watermark, millis[0], millis[1], millis[2]);
    }

    // ------------------------------------------------------------------ regimes

    void ensureRegimesTable() {
        String uri = tableUri(REGIMES);
        if (!DeltaTable.isDeltaTable(spark, uri)) {
            DeltaTable.createIfNotExists(spark).location(uri)
                    .comment("regime decisions every 5 minutes of 1m bar time, keyed by (symbol, classifier_version, decision_time)")
                    .property("delta.dataSkippingNumIndexedCols", "3")
                    .addColumns(REGIMES_SCHEMA).partitionedBy("symbol", "month").execute();
        }
    }

    /**
     * Brings {@code regimes} for one symbol and classifier configuration up to date with the symbol's 1m bars:
     * a decision for every 5-minute bucket closed since the table's latest, month-anchored like the feature builds.
     */
    public BuildResult buildRegimes(String symbol, RegimeConfig regimeConfig, int monthsPerCommit, Consumer<BuildResult> afterCommit) {
        requirePositive(monthsPerCommit);
        ensureRegimesTable();
        String version = RegimeVersions.of(regimeConfig);
        BarInterval minute = BarInterval.parse("1m");
        long watermark = maxMillis(REGIMES, "decision_time", "symbol = '" + sql(symbol) + "' AND classifier_version = '" + version + "'");
        Optional<long[]> range = barRange(symbol, minute);
        // a new decision needs a bar in a bucket after the latest decision's
        if (range.isEmpty() || (watermark != Long.MIN_VALUE && range.get()[1] < watermark)) {
            return BuildResult.upToDate(REGIMES, symbol, minute.label(), watermark);
        }
        long lookbackMillis = (long) regimeConfig.warmupBars() * minute.millis();
        // a decision belongs to the month of its bucket's start; the latest decision's bucket starts 5 minutes before it
        long first = watermark == Long.MIN_VALUE ? range.get()[0] : watermark;
        List<Long> months = Months.between(first, range.get()[1]);
        long barsRead = 0, written = 0;
        long[] millis = new long[3];
        int commits = 0;
        for (int g = 0; g < months.size(); g += monthsPerCommit) {
            long groupStart = months.get(g);
            long groupEnd = Months.next(months.get(Math.min(g + monthsPerCommit, months.size()) - 1));
            long t0 = System.nanoTime();
            // one day past the group: the first bar after a month closes a last bucket whose final minute is missing
            BarSeries all = readBars(symbol, minute, groupStart - lookbackMillis, groupEnd + 86_400_000L);
            long t1 = System.nanoTime();
            barsRead += all.size();
            List<Row> rows = new ArrayList<>();
            for (long monthStart = groupStart; monthStart < groupEnd; monthStart = Months.next(monthStart)) {
                long monthEnd = Months.next(monthStart);
                BarSeries segment = slice(all, monthStart - lookbackMillis, monthEnd);
                int next = all.indexAtOrAfter(monthEnd);
                if (next >= 0 && next < all.size()) {
                    segment = slice(all, monthStart - lookbackMillis, all.openTimeMillis()[next] + 1);
                }
                RegimeClassification decisions = RegimeClassification.classify(segment, regimeConfig);
                String month = Months.key(monthStart);
                for (int i = 0; i < decisions.size(); i++) {
                    long time = decisions.decisionTimeMillis(i);
                    long bucketStart = time - DECISION_MILLIS;
                    if (bucketStart < monthStart || bucketStart >= monthEnd || time <= watermark) {
                        continue;
                    }
                    RegimeDecision d = decisions.get(i);
                    rows.add(RowFactory.create(symbol, Instant.ofEpochMilli(time), d.regime().name(), d.rule().name(),
                            d.candidate().name(), d.confirmations(), nullIfNaN(d.vwapSlope()), nullIfNaN(d.atrPercentile()),
                            nullIfNaN(d.volRatio()), d.reason(regimeConfig), version, month));
                }
            }
            long after = Math.max(groupStart, watermark == Long.MIN_VALUE ? Long.MIN_VALUE : watermark);
            String where = "symbol = '" + sql(symbol) + "' AND classifier_version = '" + version + "' AND "
                    + monthFilter(groupStart, groupEnd) + " AND decision_time > " + timestamp(after)
                    + " AND decision_time <= " + timestamp(groupEnd);
            long t2 = System.nanoTime();
            if (!rows.isEmpty()) {
                replace(REGIMES, spark.createDataFrame(rows, REGIMES_SCHEMA), where);
                commits++;
            }
            long t3 = System.nanoTime();
            millis[0] += (t1 - t0) / 1_000_000;
            millis[1] += (t2 - t1) / 1_000_000;
            millis[2] += (t3 - t2) / 1_000_000;
            written += rows.size();
            watermark = rows.isEmpty() ? watermark : ((Instant) rows.get(rows.size() - 1).get(1)).toEpochMilli();
            if (afterCommit != null) {
                afterCommit.accept(new BuildResult(REGIMES, symbol, minute.label(), all.size(), rows.size(), 1, watermark,
                        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000));
            }
        }
        return new BuildResult(REGIMES, symbol, minute.label(), barsRead, written, commits, watermark, millis[0], millis[1], millis[2]);
    }

    /** Decisions of one symbol and classifier version with decision time in {@code [fromMillis, toMillis)}, in time order. */
    public List<Row> regimes(String symbol, String classifierVersion, long fromMillis, long toMillis) {
        if (!exists(REGIMES)) {
            return List.of();
        }
        return spark.read().format("delta").load(tableUri(REGIMES))
                .where(col("symbol").equalTo(symbol).and(col("classifier_version").equalTo(classifierVersion))
                        .and(col("decision_time").geq(lit(Instant.ofEpochMilli(fromMillis))))
                        .and(col("decision_time").lt(lit(Instant.ofEpochMilli(toMillis)))))
                .orderBy("decision_time").collectAsList();
    }

    /** The latest decision per symbol of one classifier version. */
    public List<Row> latestRegimes(List<String> symbols, String classifierVersion) {
        if (!exists(REGIMES)) {
            return List.of();
        }
        Dataset<Row> decisions = spark.read().format("delta").load(tableUri(REGIMES))
                .where(col("symbol").isin(symbols.toArray()).and(col("classifier_version").equalTo(classifierVersion)));
        return latestPer(decisions, "decision_time", col("symbol")).collectAsList();
    }

    // ------------------------------------------------------------------ regime analytics

    static final StructType REGIME_STATS_SCHEMA = new StructType(new StructField[] {
            DataTypes.createStructField("report_id", DataTypes.StringType, false),
            DataTypes.createStructField("symbol", DataTypes.StringType, false),
            DataTypes.createStructField("range_start", DataTypes.TimestampType, false),
            DataTypes.createStructField("range_end", DataTypes.TimestampType, false),
            DataTypes.createStructField("classifier_version", DataTypes.StringType, false),
            DataTypes.createStructField("section", DataTypes.StringType, false),
            DataTypes.createStructField("regime", DataTypes.StringType, false),
            DataTypes.createStructField("to_regime", DataTypes.StringType, true),
            DataTypes.createStructField("strategy", DataTypes.StringType, true),
            DataTypes.createStructField("gating", DataTypes.StringType, true),
            DataTypes.createStructField("metric", DataTypes.StringType, false),
            DataTypes.createStructField("value", DataTypes.DoubleType, true)});

    /** Replaces, in one commit, every {@code regime_stats} row of {@code reportId} with {@code stats}; returns the rows written. */
    public long writeRegimeStats(String reportId, long fromMillis, long toMillis, String classifierVersion,
                                 List<com.adaptive.featurestore.analytics.StatRow> stats) {
        String uri = tableUri(REGIME_STATS);
        if (!DeltaTable.isDeltaTable(spark, uri)) {
            DeltaTable.createIfNotExists(spark).location(uri)
                    .comment("regime analytics figures per report, symbol, section, regime and metric (long form)")
                    .addColumns(REGIME_STATS_SCHEMA).execute();
        }
        List<Row> rows = new ArrayList<>(stats.size());
        for (var r : stats) {
            rows.add(RowFactory.create(reportId, r.symbol(), Instant.ofEpochMilli(fromMillis), Instant.ofEpochMilli(toMillis),
                    classifierVersion, r.section(), r.regime(), r.toRegime(), r.strategy(), r.gating(), r.metric(),
                    Double.isFinite(r.value()) ? r.value() : null));
        }
        replace(REGIME_STATS, spark.createDataFrame(rows, REGIME_STATS_SCHEMA), "report_id = '" + sql(reportId) + "'");
        return rows.size();
    }

    // ------------------------------------------------------------------ retrieval

    /**
     * Point-in-time join: every event row of {@code events} (columns {@code symbolColumn} and {@code timeColumn}, a
     * timestamp) gets the feature row of the view for (symbol, {@code interval}) with the latest event time at or
     * before the event's time and no more than the view's TTL before it; {@code feature_event_time} and the features
     * are null when there is none. Never a value that became known after the event.
     *
     * <p>The join is an equi-join on (symbol, TTL-sized time bucket) with the range condition on top: an event's
     * window {@code [t - ttl, t]} touches at most two buckets, so no event is compared with a symbol's whole history.
     */
    public Dataset<Row> pointInTime(Dataset<Row> events, String symbolColumn, String timeColumn, FeatureView view,
                                    BarInterval interval) {
        long ttl = view.ttl().toMillis();
        Dataset<Row> ev = events.withColumn("_pit_id", monotonically_increasing_id())
                .withColumn("_pit_t", org.apache.spark.sql.functions.unix_millis(col(timeColumn)));
        if (!exists(view.tableName())) {
            Dataset<Row> out = ev;
            out = out.withColumn("feature_event_time", lit(null).cast(DataTypes.TimestampType));
            for (String f : view.features()) {
                out = out.withColumn(f, lit(null).cast(DataTypes.DoubleType));
            }
            return out.drop("_pit_id", "_pit_t");
        }
        Dataset<Row> keys = ev.select(col("_pit_id"), col(symbolColumn).as("_pit_symbol"), col("_pit_t"),
                explode(array_distinct(array(floor(col("_pit_t").divide(ttl)), floor(col("_pit_t").minus(ttl).divide(ttl)))))
                        .as("_pit_bucket"));
        List<Column> featureColumns = new ArrayList<>(List.of(col("symbol").as("_f_symbol"),
                org.apache.spark.sql.functions.unix_millis(col("event_time")).as("_f_t"), col("event_time").as("feature_event_time")));
        view.features().forEach(f -> featureColumns.add(col(f)));
        Dataset<Row> features = spark.read().format("delta").load(tableUri(view.tableName()))
                .where(col("interval").equalTo(interval.label()))
                .select(featureColumns.toArray(Column[]::new))
                .withColumn("_f_bucket", floor(col("_f_t").divide(ttl)));
        Dataset<Row> matched = keys.join(features, col("_pit_symbol").equalTo(col("_f_symbol"))
                        .and(col("_pit_bucket").equalTo(col("_f_bucket")))
                        .and(col("_f_t").leq(col("_pit_t")))
                        .and(col("_f_t").geq(col("_pit_t").minus(ttl))))
                .withColumn("_rank", row_number().over(Window.partitionBy("_pit_id").orderBy(col("_f_t").desc())))
                .where(col("_rank").equalTo(1));
        List<Column> picked = new ArrayList<>(List.of(col("_pit_id").as("_m_id"), col("feature_event_time")));
        view.features().forEach(f -> picked.add(col(f)));
        Dataset<Row> best = matched.select(picked.toArray(Column[]::new));
        return ev.join(best, ev.col("_pit_id").equalTo(best.col("_m_id")), "left").drop("_pit_id", "_pit_t", "_m_id");
    }

    /**
     * The feature row of (symbol, interval) for {@code asOfMillis} by the point-in-time rule (latest event time at
     * or before it, within the TTL), or, when {@code asOfMillis} is null, simply the latest row.
     */
    public Optional<FeatureRow> featureRow(FeatureView view, String symbol, BarInterval interval, Long asOfMillis) {
        if (!exists(view.tableName())) {
            return Optional.empty();
        }
        Dataset<Row> rows;
        if (asOfMillis == null) {
            Dataset<Row> all = spark.read().format("delta").load(tableUri(view.tableName()))
                    .where(col("symbol").equalTo(symbol).and(col("interval").equalTo(interval.label())));
            rows = all.orderBy(col("event_time").desc()).limit(1)
                    .withColumnRenamed("event_time", "feature_event_time");
        } else {
            StructType eventSchema = new StructType(new StructField[] {
                    DataTypes.createStructField("symbol", DataTypes.StringType, false),
                    DataTypes.createStructField("time", DataTypes.TimestampType, false)});
            Dataset<Row> event = spark.createDataFrame(List.of(RowFactory.create(symbol, Instant.ofEpochMilli(asOfMillis))), eventSchema);
            rows = pointInTime(event, "symbol", "time", view, interval).where(col("feature_event_time").isNotNull());
        }
        List<Row> found = rows.collectAsList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row r = found.get(0);
        double[] values = new double[view.features().size()];
        for (int i = 0; i < values.length; i++) {
            int idx = r.fieldIndex(view.features().get(i));
            values[i] = r.isNullAt(idx) ? Double.NaN : r.getDouble(idx);
        }
        long eventTime = r.<Instant>getAs("feature_event_time").toEpochMilli();
        return Optional.of(new FeatureRow(symbol, interval.label(), eventTime - interval.millis(), eventTime, view.features(), values));
    }

    /** The latest row per (symbol, interval) of a view, for the given symbols. */
    public List<FeatureRow> latestFeatureRows(FeatureView view, List<String> symbols) {
        if (!exists(view.tableName())) {
            return List.of();
        }
        Dataset<Row> rows = spark.read().format("delta").load(tableUri(view.tableName())).where(col("symbol").isin(symbols.toArray()));
        List<FeatureRow> out = new ArrayList<>();
        for (Row r : latestPer(rows, "event_time", col("symbol"), col("interval")).collectAsList()) {
            double[] values = new double[view.features().size()];
            for (int i = 0; i < values.length; i++) {
                int idx = r.fieldIndex(view.features().get(i));
                values[i] = r.isNullAt(idx) ? Double.NaN : r.getDouble(idx);
            }
            out.add(new FeatureRow(r.getAs("symbol"), r.getAs("interval"), r.<Instant>getAs("open_time").toEpochMilli(),
                    r.<Instant>getAs("event_time").toEpochMilli(), view.features(), values));
        }
        return out;
    }

    /** The table behind a view: rows, latest event time per entity, last commit, and whether the declaration still matches. */
    public ViewStatus status(FeatureView view) {
        String table = view.tableName();
        if (!exists(table)) {
            return new ViewStatus(view.name(), view.version(), table, false, 0, Map.of(), null, true);
        }
        Map<String, Instant> latest = new TreeMap<>();
        long rows = 0;
        for (Row r : spark.read().format("delta").load(tableUri(table)).groupBy("symbol", "interval")
                .agg(org.apache.spark.sql.functions.max("event_time"), org.apache.spark.sql.functions.count(lit(1))).collectAsList()) {
            latest.put(r.getString(0) + "/" + r.getString(1), r.getAs(2));
            rows += r.getLong(3);
        }
        Row last = DeltaTable.forPath(spark, tableUri(table)).history(1).first();
        return new ViewStatus(view.name(), view.version(), table, true, rows, latest, last.getAs("timestamp"),
                view.fingerprint().equals(tableProperty(table, FINGERPRINT_PROPERTY)));
    }

    // ------------------------------------------------------------------ helpers

    private static Dataset<Row> latestPer(Dataset<Row> rows, String timeColumn, Column... keys) {
        return rows.withColumn("_rank", row_number().over(Window.partitionBy(keys).orderBy(col(timeColumn).desc())))
                .where(col("_rank").equalTo(1)).drop("_rank");
    }

    /** One Delta commit that replaces whatever matches {@code where} with {@code rows} (which must all match it). */
    private void replace(String table, Dataset<Row> rows, String where) {
        rows.write().format("delta").mode("overwrite").option("replaceWhere", where).save(tableUri(table));
    }

    private long maxMillis(String table, String column, String where) {
        if (!exists(table)) {
            return Long.MIN_VALUE;
        }
        Row r = spark.read().format("delta").load(tableUri(table)).where(where).selectExpr("unix_millis(max(" + column + "))").first();
        return r.isNullAt(0) ? Long.MIN_VALUE : r.getLong(0);
    }

    /** Bars with open time in {@code [fromMillis, toMillis)}. */
    private static BarSeries slice(BarSeries bars, long fromMillis, long toMillis) {
        int from = bars.indexAtOrAfter(fromMillis);
        int to = bars.indexAtOrAfter(toMillis);
        from = from < 0 ? bars.size() : from;
        to = to < 0 ? bars.size() : to;
        return bars.slice(from, to);
    }

    private static String monthFilter(long fromMillis, long toMillis) {
        List<String> keys = new ArrayList<>();
        for (long m = Months.start(fromMillis); m < toMillis; m = Months.next(m)) {
            keys.add("'" + Months.key(m) + "'");
        }
        return "month IN (" + String.join(", ", keys) + ")";
    }

    private static String timestamp(long millis) {
        return millis == Long.MIN_VALUE ? "TIMESTAMP '0001-01-01 00:00:00'" : "TIMESTAMP '" + Instant.ofEpochMilli(millis).toString()
                .replace('T', ' ').replace("Z", "") + "'";
    }

    private static Double nullIfNaN(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static String sql(String value) {
        return value.replace("'", "''");
    }

    private static void requirePositive(int monthsPerCommit) {
        if (monthsPerCommit < 1) {
            throw new IllegalArgumentException("monthsPerCommit must be at least 1, was: " + monthsPerCommit);
        }
    }
}
