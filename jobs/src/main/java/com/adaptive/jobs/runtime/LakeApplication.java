package com.adaptive.jobs.runtime;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The Spring context behind verbs that only read the lake ({@code query}, {@code lake}): settings, logging and the lake,
 * without the batch runtime, whose start-up (2.5 CPU-s here) would compete with the lake's for the two cores.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdaptiveProperties.class)
@Import(LakeConfiguration.class)
public class LakeApplication {
}
