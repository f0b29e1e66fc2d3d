package com.adaptive.warehouse.delta;

import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Every lake table's schema, partitioning and generated columns, in one place, and their creation on first use. */
public final class TableCatalog {
    public static final String BARS = "bars";
    public static final String BARS_QUARANTINE = "bars_quarantine";
    public static final String DATA_QUALITY = "data_quality";
    public static final String QUOTES = "quotes";

    /** The time key chosen for {@code bars} by the partitioning trial in the module README. */
    public static final TimePartitioning BARS_TIME_PARTITIONING = TimePartitioning.MONTH;

    /** Bars as stored, without the generated time key. */
    public static final StructType BARS_SCHEMA = new StructType(new StructField[]{
            field("symbol", DataTypes.StringType, false),
            field("interval", DataTypes.StringType, false),
            field("open_time", DataTypes.TimestampType, false),
            field("open", DataTypes.DoubleType, false),
            field("high", DataTypes.DoubleType, false),
            field("low", DataTypes.DoubleType, false),
            field("close", DataTypes.DoubleType, false),
            field("volume", DataTypes.DoubleType, false),
            field("source", DataTypes.StringType, true),
            field("ingested_at", DataTypes.TimestampType, false)});

    /** Staged bars as the ingest job writes them: header-less CSV, open time in epoch milliseconds. */
    public static final StructType STAGED_BARS_SCHEMA = new StructType(new StructField[]{
            field("symbol", DataTypes.StringType, true),
            field("interval", DataTypes.StringType, true),
            field("open_time_ms", DataTypes.LongType, true),
            field("open", DataTypes.DoubleType, true),
            field("high", DataTypes.DoubleType, true),
            field("low", DataTypes.DoubleType, true),
            field("close", DataTypes.DoubleType, true),
            field("volume", DataTypes.DoubleType, true),
            field("source", DataTypes.StringType, true)});

    public static final StructType QUARANTINE_SCHEMA = new StructType(new StructField[]{
            field("file", DataTypes.StringType, false),
            field("line_number", DataTypes.LongType, false),
            field("raw_line", DataTypes.StringType, true),
            field("reason", DataTypes.StringType, false),
            field("execution_id", DataTypes.LongType, true),
            field("symbol", DataTypes.StringType, true),
            field("interval", DataTypes.StringType, true),
            field("quarantined_at", DataTypes.TimestampType, false)});

    /** Staged quarantine records as the ingest job writes them: JSON lines, no timestamp yet. */
    public static final StructType STAGED_QUARANTINE_SCHEMA = new StructType(new StructField[]{
            field("file", DataTypes.StringType, true),
            field("line_number", DataTypes.LongType, true),
            field("raw_line", DataTypes.StringType, true),
            field("reason", DataTypes.StringType, true),
            field("execution_id", DataTypes.LongType, true),
            field("symbol", DataTypes.StringType, true),
            field("interval", DataTypes.StringType, true)});

    public static final StructType DATA_QUALITY_SCHEMA = new StructType(new StructField[]{
            field("symbol", DataTypes.StringType, false),
            field("interval", DataTypes.StringType, false),
            field("check", DataTypes.StringType, false),
            field("first_time", DataTypes.TimestampType, false),
            field("count", DataTypes.LongType, false),
            field("detail", DataTypes.StringType, true),
            field("execution_id", DataTypes.LongType, true),
            field("measured_at", DataTypes.TimestampType, false)});

    /** Best bid/ask observations (Robinhood), keyed by (symbol, time, source); spread_bps is the real cost of trading there. */
    public static final StructType QUOTES_SCHEMA = new StructType(new StructField[]{
            field("time", DataTypes.TimestampType, false),
            field("symbol", DataTypes.StringType, false),
            field("price", DataTypes.DoubleType, false),
            field("bid", DataTypes.DoubleType, false),
            field("ask", DataTypes.DoubleType, false),
            field("spread_bps", DataTypes.DoubleType, false),
            field("source", DataTypes.StringType, false),
            field("recorded_at", DataTypes.TimestampType, false)});

    /** Staged quotes as the quote recorder writes them: header-less CSV, time in epoch milliseconds. */
    public static final StructType STAGED_QUOTES_SCHEMA = new StructType(new StructField[]{
            field("time_ms", DataTypes.LongType, true),
            field("symbol", DataTypes.StringType, true),
            field("price", DataTypes.DoubleType, true),
            field("bid", DataTypes.DoubleType, true),
            field("ask", DataTypes.DoubleType, true),
            field("spread_bps", DataTypes.DoubleType, true),
            field("source", DataTypes.StringType, true)});

    private static final List<TableDefinition> DEFINITIONS = List.of(
            bars(BARS_TIME_PARTITIONING),
            new TableDefinition(BARS_QUARANTINE, QUARANTINE_SCHEMA, List.of(), List.of(),
                    "rows the ingest rejected, keyed by (file, line_number)"),
            new TableDefinition(DATA_QUALITY, DATA_QUALITY_SCHEMA, List.of(), List.of(),
                    "data-quality findings per symbol, interval and check"),
            new TableDefinition(QUOTES, QUOTES_SCHEMA, List.of(), List.of(),
                    "best bid/ask quotes keyed by (symbol, time, source)"));

    private TableCatalog() {
    }

    /** The tables the lake defines, {@code bars} first. */
    public static List<TableDefinition> definitions() {
        return DEFINITIONS;
    }

    /** Names of the defined tables, in {@link #definitions()} order. */
    public static List<String> names() {
        return DEFINITIONS.stream().map(TableDefinition::name).toList();
    }

    /** The definition named {@code name}; unknown names get an IllegalArgumentException listing the known ones. */
    public static TableDefinition definition(String name) {
        return DEFINITIONS.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown lake table '" + name + "': known tables are "
                        + String.join(", ", names())));
    }

    /** Table {@code bars} partitioned by symbol, interval and the given time key. */
    public static TableDefinition bars(TimePartitioning time) {
        List<String> partitions = new ArrayList<>(List.of("symbol", "interval"));
        List<GeneratedColumn> generated = List.of();
        if (time.column() != null) {
            partitions.add(time.column());
            generated = List.of(new GeneratedColumn(time.column(), time.type(), time.expression()));
        }
        return new TableDefinition(BARS, BARS_SCHEMA, partitions, generated,
                "OHLCV bars keyed by (symbol, interval, open_time), time key " + time.name().toLowerCase());
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    /**
     * One table: stored columns, partition columns (generated ones included) and generated-column expressions.
     *
     * @param generatedColumns columns Delta computes from stored ones; they follow the stored columns
     */
    public record TableDefinition(String name, StructType schema, List<String> partitionColumns,
                                  List<GeneratedColumn> generatedColumns, String description) {

        /** Creates the Delta table at {@code uri} unless one exists there already. */
        public void createIfMissing(SparkSession spark, String uri) {
            if (DeltaTable.isDeltaTable(spark, uri)) {
                return;
            }
            // statistics only on the leading key columns: writes get cheaper and filters on them still skip files
            DeltaTableBuilder builder = DeltaTable.createIfNotExists(spark).location(uri).comment(description)
                    .property("delta.dataSkippingNumIndexedCols", Integer.toString(Math.min(3, schema.size())))
                    .addColumns(schema);
            for (GeneratedColumn generated : generatedColumns) {
                builder = builder.addColumn(DeltaTable.columnBuilder(spark, generated.name()).dataType(generated.type())
                        .nullable(false).generatedAlwaysAs(generated.expression()).build());
            }
            if (!partitionColumns.isEmpty()) {
                builder = builder.partitionedBy(partitionColumns.toArray(String[]::new));
            }
            builder.execute();
        }

        /** Stored column names (generated ones excluded). */
        public List<String> columns() {
            return List.of(schema.fieldNames());
        }

        /** Comma-separated stored column names, for SQL. */
        public String columnList() {
            return java.util.Arrays.stream(schema.fieldNames()).map(n -> "`" + n + "`").collect(Collectors.joining(", "));
        }
    }

    /** A column Delta computes from stored ones on every write, such as the time key of {@code bars}. */
    public record GeneratedColumn(String name, DataType type, String expression) {
    }
}
