package com.adaptive.warehouse.delta;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The coarse time key of table {@code bars}: a column generated from {@code open_time}, so that filters on
 * {@code open_time} prune partitions without the query naming the key.
 *
 * <p>{@link #MONTH} is the lake's choice; the others exist for the partitioning trial (see the module README).
 */
public enum TimePartitioning {
    NONE(null, null, null),
    YEAR("year", DataTypes.IntegerType, "YEAR(open_time)"),
    MONTH("month", DataTypes.StringType, "DATE_FORMAT(open_time, 'yyyy-MM')"),
    DAY("day", DataTypes.DateType, "CAST(open_time AS DATE)");

    private final String column;
    private final DataType type;
    private final String expression;

    TimePartitioning(String column, DataType type, String expression) {
        this.column = column;
        this.type = type;
        this.expression = expression;
    }

    /** Spark type of the key column, or null for {@link #NONE}. */
    public DataType type() {
        return type;
    }

    /** Name of the generated key column, or null for {@link #NONE}. */
    public String column() {
        return column;
    }

    /** The Spark SQL expression over {@code open_time} that generates the key, or null for {@link #NONE}. */
    public String expression() {
        return expression;
    }
}
