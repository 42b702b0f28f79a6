package org.jumelage.storage.domain;

import org.jumelage.storage.FileStorage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The local-folder storage while {@code jumelage.storage.type} is {@code local} (the default). An
 * S3-compatible implementation would be another {@link FileStorage} bean switched on by another type.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

    @Bean
    @ConditionalOnProperty(name = "jumelage.storage.type", havingValue = "local", matchIfMissing = true)
    FileStorage localFileStorage(StorageProperties properties) {
        return new LocalFileStorage(properties.folder());
    }
}
