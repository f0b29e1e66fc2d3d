package com.adaptive.jobs.runtime;

import com.adaptive.warehouse.Lake;
import com.adaptive.warehouse.LakeConfig;
import com.adaptive.warehouse.delta.DeltaLake;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.nio.file.Path;

/** The lake bean; lazy, so verbs that never touch the lake never pay for a Spark start. */
@Configuration
public class LakeConfiguration {

    @Bean(destroyMethod = "close")
    @Lazy
    public Lake lake(AdaptiveProperties properties) {
        return DeltaLake.open(lakeConfig(properties));
    }

    /** The lake settings of {@code properties}. */
    static LakeConfig lakeConfig(AdaptiveProperties properties) {
        String root = properties.lakeRoot();
        String uri = root.contains("://") ? root : Path.of(root).toAbsolutePath().normalize().toString();
        AdaptiveProperties.Spark spark = properties.spark();
        return new LakeConfig(uri, spark.master(), spark.conf(), spark.shufflePartitions());
    }
}
