package org.jumelage.participation.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Settings of the participant lists, evidence and retention; scheduling for the retention job. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({EvidenceProperties.class, RetentionProperties.class})
class ListsConfiguration {}
