package com.adaptive.jobs.runtime;

import com.adaptive.warehouse.Lake;
import com.adaptive.warehouse.delta.DeltaLake;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Starts the jobs' Spring context for one home folder, with every default embedded. */
public final class JobsRuntime {
    private JobsRuntime() {
    }

    /**
     * Starts the context. Settings come, lowest first, from the embedded defaults, {@code $home/adaptive.yml},
     * an optional {@code configFile}, {@code ADAPTIVE_*} environment variables and {@code extra}.
     */
    public static ConfigurableApplicationContext start(Path home, Path configFile, Map<String, Object> extra) {
        return start(home, configFile, extra, (Consumer<Lake>) null);
    }

    /**
     * As {@link #start(Path, Path, Map)}; once the settings are read, and before the beans are built, opens the lake and
     * runs {@code prestart} on it on a side thread (null: nothing), so the lake's cold start overlaps Spring's.
     */
    public static ConfigurableApplicationContext start(Path home, Path configFile, Map<String, Object> extra,
                                                       Consumer<Lake> prestart) {
        return start(JobsApplication.class, home, configFile, extra, prestart);
    }

    /**
     * As {@link #start(Path, Path, Map, Consumer)} with another application class, e.g. {@link LakeApplication} for a
     * verb that needs only the lake.
     */
    public static ConfigurableApplicationContext start(Class<?> application, Path home, Path configFile,
                                                       Map<String, Object> extra, Consumer<Lake> prestart) {
        return start(application, home, configFile, extra, prestart, new Class<?>[0]);
    }

    /** As {@link #start(Path, Path, Map)}, with more configuration classes (tests use this to decorate beans). */
    public static ConfigurableApplicationContext start(Path home, Path configFile, Map<String, Object> extra,
                                                       Class<?>... moreSources) {
        return start(JobsApplication.class, home, configFile, extra, null, moreSources);
    }

    private static ConfigurableApplicationContext start(Class<?> application, Path home, Path configFile,
                                                        Map<String, Object> extra, Consumer<Lake> prestart,
                                                        Class<?>... moreSources) {
        Path absoluteHome = home.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absoluteHome.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create home folder " + absoluteHome + ": " + e.getMessage(), e);
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("adaptive.home", absoluteHome.toString());
        // WAL lets readers work beside a writer; IMMEDIATE transactions make a second writer wait for the
        // busy timeout instead of failing at once with "database is locked" when it upgrades a read lock.
        defaults.put("spring.datasource.url", "jdbc:sqlite:" + absoluteHome.resolve("batch.db")
                + "?journal_mode=WAL&busy_timeout=60000&transaction_mode=IMMEDIATE&synchronous=NORMAL");
        defaults.put("spring.datasource.driver-class-name", "org.sqlite.JDBC");
        defaults.put("spring.datasource.hikari.maximum-pool-size", "4");
        defaults.put("spring.batch.job.enabled", "false");
        defaults.put("spring.batch.jdbc.initialize-schema", "always");
        defaults.put("spring.batch.jdbc.platform", "sqlite");
        defaults.put("spring.main.log-startup-info", "false");
        defaults.put("logging.file.name", absoluteHome.resolve("logs").resolve("adaptive.log").toString());
        String locations = "optional:file:" + absoluteHome.resolve("adaptive.yml");
        if (configFile != null) {
            if (!Files.isRegularFile(configFile)) {
                throw new IllegalArgumentException("config file " + configFile + " does not exist");
            }
            locations += ",file:" + configFile.toAbsolutePath();
        }
        defaults.put("spring.config.additional-location", locations);
        SpringApplication app = new SpringApplication(application);
        app.addPrimarySources(java.util.List.of(moreSources));
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setDefaultProperties(defaults);
        app.setRegisterShutdownHook(true);
        if (prestart != null) {
            app.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> {
                try {
                    AdaptiveProperties properties = Binder.get(event.getEnvironment())
                            .bindOrCreate("adaptive", AdaptiveProperties.class);
                    DeltaLake.prestart(LakeConfiguration.lakeConfig(properties), prestart::accept);
                } catch (RuntimeException e) {
                    // bad settings: the context reports them in its own words a moment later
                }
            });
        }
        String[] args = extra.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return app.run(args);
    }
}
