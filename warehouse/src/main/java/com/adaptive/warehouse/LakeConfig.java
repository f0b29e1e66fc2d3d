package com.adaptive.warehouse;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the lake lives and how Spark runs it.
 *
 * @param rootUri lake root as a Hadoop URI or plain path ({@code /srv/var/lake}, {@code file:/...}, {@code s3a://bucket/lake});
 *     each table lives under {@code <rootUri>/<table name>}
 * @param sparkMaster Spark master URL, {@code local[*]} by default
 * @param sparkConf extra Spark settings applied last, so they override the defaults
 * @param shufflePartitions {@code spark.sql.shuffle.partitions}; small on one machine, larger on a cluster
 */
public record LakeConfig(String rootUri, String sparkMaster, Map<String, String> sparkConf, int shufflePartitions) {

    public static final String DEFAULT_MASTER = "local[*]";
    public static final int DEFAULT_SHUFFLE_PARTITIONS = 4;

    public LakeConfig {
        if (rootUri == null || rootUri.isBlank()) {
            throw new IllegalArgumentException("lake root must not be blank");
        }
        while (rootUri.length() > 1 && rootUri.endsWith("/") && !rootUri.endsWith("://")) {
            rootUri = rootUri.substring(0, rootUri.length() - 1);
        }
        if (sparkMaster == null || sparkMaster.isBlank()) {
            sparkMaster = DEFAULT_MASTER;
        }
        sparkConf = sparkConf == null ? Map.of() : Map.copyOf(sparkConf);
        if (shufflePartitions < 1) {
            throw new IllegalArgumentException("shufflePartitions must be at least 1, was: " + shufflePartitions);
        }
    }

    /** A lake in a local folder with Spark {@code local[*]} and the defaults. */
    public static LakeConfig local(Path lakeDir) {
        return new LakeConfig(lakeDir.toAbsolutePath().normalize().toUri().toString(), DEFAULT_MASTER, Map.of(),
                DEFAULT_SHUFFLE_PARTITIONS);
    }

    /** This config with one more Spark setting. */
    public LakeConfig withSparkConf(String key, String value) {
        var merged = new java.util.HashMap<>(sparkConf);
        merged.put(key, value);
        return new LakeConfig(rootUri, sparkMaster, merged, shufflePartitions);
    }

    /** URI of one table's folder under the root. */
    public String tableUri(String table) {
        return rootUri + "/" + table;
    }
}
