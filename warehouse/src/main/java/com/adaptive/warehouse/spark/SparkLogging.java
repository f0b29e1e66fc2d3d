package com.adaptive.warehouse.spark;

import org.slf4j.LoggerFactory;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Sets the Spark, Hadoop, Parquet and Delta loggers to WARN in whatever backend SLF4J or Log4j 2 is bound to.
 *
 * <p>Delta logs whole snapshots at INFO and Spark logs every task; a log configuration file may still
 * override these levels afterwards.
 */
final class SparkLogging {
    static final List<String> NOISY = List.of("org.apache.spark", "org.apache.hadoop", "org.apache.parquet",
            "org.sparkproject", "io.delta", "org.apache.spark.sql.delta", "org.apache.orc", "org.apache.hive",
            "org.apache.spark.util.ShutdownHookManager", "org.apache.spark.SparkEnv", "org.apache.spark.storage",
            "org.apache.spark.sql.execution.CacheManager", "org.apache.spark.util.SizeEstimator");

    private SparkLogging() {
    }

    static void quiet() {
        quietLogback();
        quietLog4jCore();
    }

    /** Logback is optional at runtime (the jobs module brings it), so it is reached by reflection. */
    private static void quietLogback() {
        try {
            Class<?> levelClass = Class.forName("ch.qos.logback.classic.Level");
            Object warn = levelClass.getField("WARN").get(null);
            for (String name : NOISY) {
                Object logger = LoggerFactory.getLogger(name);
                if (logger.getClass().getName().equals("ch.qos.logback.classic.Logger")) {
                    Method setLevel = logger.getClass().getMethod("setLevel", levelClass);
                    if (logger.getClass().getMethod("getLevel").invoke(logger) == null) {
                        setLevel.invoke(logger, warn);
                    }
                }
            }
        } catch (ReflectiveOperationException | LinkageError notLogback) {
            // another SLF4J backend: its own configuration decides
        }
    }

    /** When Log4j 2 itself is the backend (no log4j-to-slf4j bridge), Spark installs INFO defaults; lower them. */
    private static void quietLog4jCore() {
        try {
            Object context = org.apache.logging.log4j.LogManager.getContext(false);
            if (context instanceof org.apache.logging.log4j.core.LoggerContext) {
                for (String name : NOISY) {
                    org.apache.logging.log4j.core.config.Configurator.setLevel(name, org.apache.logging.log4j.Level.WARN);
                }
            }
        } catch (LinkageError noLog4jCore) {
            // log4j-core absent: nothing to quiet
        }
    }
}
