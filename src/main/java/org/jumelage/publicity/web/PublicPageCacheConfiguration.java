package org.jumelage.publicity.web;

import java.time.Clock;
import org.jumelage.publicity.domain.PublicChangeHorizon;
import org.jumelage.publicity.domain.PublicChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Makes the public page cache ({@link PublicPageCache}), a servlet filter, as a bean of the whole
 * application only: web slice tests, which pick up every filter component, leave it out with the
 * publication changes it listens to.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCacheConfiguration {

    @Bean
    PublicPageCache publicPageCache(
            PublicChanges changes,
            PublicChangeHorizon horizon,
            Clock clock,
            @Value("${jumelage.public-cache.max-size:32MB}") DataSize maxSize) {
        return new PublicPageCache(changes, horizon, clock, maxSize);
    }
}
