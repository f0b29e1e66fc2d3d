package com.adaptive.warehouse.spark;

import com.adaptive.warehouse.LakeConfig;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the one SparkSession of this JVM, tuned for a small local lake and a fast cold start, and hands it out again.
 *
 * <p>The first call decides the settings; later calls with a different master get an IllegalStateException
 * rather than a session silently configured otherwise.
 */
public final class SparkSessionFactory {
    private static final Logger LOG = LoggerFactory.getLogger(SparkSessionFactory.class);
    private static SparkSession session;
    private static String sessionMaster;

    private SparkSessionFactory() {
    }

    /** The JVM's session, created on the first call with the settings of {@code config}. */
    public static synchronized SparkSession obtain(LakeConfig config) {
        if (session != null && !session.sparkContext().isStopped()) {
            if (!sessionMaster.equals(config.sparkMaster())) {
                throw new IllegalStateException("Cannot open a lake on Spark master " + config.sparkMaster()
                        + ": this JVM already runs a SparkSession on " + sessionMaster);
            }
            return session;
        }
        SparkLogging.quiet();
        long startNanos = System.nanoTime();
        SparkSession.Builder builder = SparkSession.builder().appName("adaptive").master(config.sparkMaster());
        settings(config).forEach(builder::config);
        session = builder.getOrCreate();
        sessionMaster = config.sparkMaster();
        LOG.info("Spark {} session on {} started in {} ms", session.version(), config.sparkMaster(),
                (System.nanoTime() - startNanos) / 1_000_000);
        return session;
    }

    /** Stops the JVM's session if there is one; the next {@link #obtain} starts a new one. */
    public static synchronized void stop() {
        if (session != null) {
            session.stop();
            session = null;
            sessionMaster = null;
        }
    }

    /** Every Spark setting the factory applies for {@code config}, defaults first, the config's own last. */
    static Map<String, String> settings(LakeConfig config) {
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
        conf.put("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
        conf.put("spark.ui.enabled", "false");
        conf.put("spark.ui.showConsoleProgress", "false");
        conf.put("spark.sql.session.timeZone", "UTC");
        // rows reach callers as java.time.Instant / LocalDate rather than java.sql types
        conf.put("spark.sql.datetime.java8API.enabled", "true");
        conf.put("spark.sql.shuffle.partitions", Integer.toString(config.shufflePartitions()));
        conf.put("spark.default.parallelism", Integer.toString(config.shufflePartitions()));
        conf.put("spark.sql.parquet.compression.codec", "zstd");
        // prices, volumes and times are nearly all distinct, so Parquet's dictionary attempt is wasted work on every
        // write (it was the largest item in a 1M-bar load's profile) before it falls back; zstd handles the few strings
        conf.put("spark.hadoop.parquet.enable.dictionary", "false");
        // INT96, Spark's default, allocates a buffer per timestamp value written; the standard INT64 microseconds does
        // not (a 1M-bar first load: 8.5 -> 6.4 task CPU-s). Readers of either need nothing set.
        conf.put("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        // a write into month partitions keeps a file open per month it meets instead of sorting every row by partition
        conf.put("spark.sql.maxConcurrentOutputFileWriters", "64");
        conf.put("spark.sql.debug.maxToStringFields", "200"); // a MERGE plan is wide; spare the truncation warning
        // the Delta log of a small lake is a few KB: one task rebuilds a snapshot faster than fifty (or two: a cold
        // month query, 2 -> 1, lost 0.3-0.5 CPU-s of class loading that two tasks did side by side)
        conf.put("spark.databricks.delta.snapshotPartitions", "1");
        conf.put("spark.databricks.delta.properties.defaults.checkpointInterval", "10");
        // MERGE sources here are immutable staged files or cached frames; copying them first only costs a pass
        conf.put("spark.databricks.delta.merge.materializeSource", "none");
        // an embedded driver needs no network identity; avoid reverse DNS lookups on start
        if (config.sparkMaster().startsWith("local")) {
            String host = System.getenv().getOrDefault("SPARK_LOCAL_IP", "127.0.0.1");
            conf.put("spark.driver.host", host);
            conf.put("spark.driver.bindAddress", host);
            conf.put("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
        }
        conf.putAll(config.sparkConf());
        return conf;
    }
}
