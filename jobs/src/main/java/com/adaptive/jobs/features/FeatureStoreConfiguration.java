package com.adaptive.jobs.features;

import com.adaptive.core.regime.RegimeConfig;
import com.adaptive.featurestore.offline.OfflineStore;
import com.adaptive.featurestore.view.FeatureViews;
import com.adaptive.jobs.runtime.AdaptiveProperties;
import com.adaptive.warehouse.LakeConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The feature store's beans: the declared views, the classifier configuration and the (lazy, Spark-backed) offline store. */
@Configuration
public class FeatureStoreConfiguration {

    @Bean
    public FeatureViews featureViews() {
        return FeatureViews.standard();
    }

    /** The classifier configuration: {@code $HOME/regime.properties} when present, else the calibrated defaults. */
    @Bean
    public RegimeConfig regimeConfig(AdaptiveProperties properties) {
        Path file = properties.home().resolve("regime.properties");
        return java.nio.file.Files.isRegularFile(file) ? RegimeConfig.load(file) : RegimeConfig.DEFAULTS;
    }

    @Bean
    @Lazy
    public OfflineStore offlineStore(AdaptiveProperties properties) {
        String root = properties.lakeRoot();
        String uri = root.contains("://") ? root : Path.of(root).toAbsolutePath().normalize().toString();
        AdaptiveProperties.Spark spark = properties.spark();
        return new OfflineStore(new LakeConfig(uri, spark.master(), spark.conf(), spark.shufflePartitions()));
    }

    /** The online store file, {@code $HOME/online.db}. */
    public static Path onlineStore(AdaptiveProperties properties) {
        return properties.home().resolve("online.db");
    }

    /** The reports folder, {@code $HOME/reports}. */
    public static Path reportsDir(Path home) {
        return home.resolve("reports");
    }

    /** Symbols from a comma-separated job parameter (blank: every configured symbol), each checked against the configuration. */
    static List<String> symbols(String parameter, AdaptiveProperties properties) {
        if (parameter == null || parameter.isBlank()) {
            return properties.symbols();
        }
        List<String> out = new ArrayList<>();
        for (String s : parameter.split(",")) {
            if (!s.isBlank()) {
                out.add(properties.requireKnownSymbol(s.strip()));
            }
        }
        return out;
    }

    static int positiveInt(String parameter, String name, int defaultValue) {
        if (parameter == null || parameter.isBlank()) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(parameter.strip());
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive integer, was: " + parameter);
    }
}
