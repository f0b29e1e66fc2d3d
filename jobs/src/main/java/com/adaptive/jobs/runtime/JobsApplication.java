package com.adaptive.jobs.runtime;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Spring context behind job verbs: batch infrastructure on SQLite, the lake and every job definition. */
@SpringBootApplication(scanBasePackages = "com.adaptive.jobs")
@EnableConfigurationProperties(AdaptiveProperties.class)
public class JobsApplication {
}
