package org.jumelage.config;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where static files are served: {@code /css/}, {@code /js/}, {@code /img/} and {@code /geo/} from
 * the static locations ({@code spring.web.resources.static-locations}, {@code classpath:/static/}),
 * and {@code /webjars/} from the WebJars, with the resource chain that turns a WebJar's address
 * without a version into the versioned file (and writes links to it with the version).
 *
 * <p>Spring Boot's own mapping ({@code spring.web.resources.add-mappings}, switched off in
 * {@code application.properties}) serves the static locations at {@code /**}. With the resource
 * chain on, every {@code @{…}} link a page writes is then looked up as a possible static file
 * (Spring's {@code ResourceUrlEncodingFilter}): a link to {@code /projects/2} was searched for in
 * four classpath folders inside the jar, about half of a signed-in page's server time (issue 17).
 * Mapped to their own folders, links to pages match no static mapping and cost nothing.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** The folders of the static locations that are served, each at its own path. */
    static final List<String> FOLDERS = List.of("css", "js", "img", "geo");

    static final String WEBJARS = "classpath:/META-INF/resources/webjars/";

    private final WebProperties.Resources resources;

    StaticResources(WebProperties web) {
        this.resources = web.getResources();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Asked before the controllers' mapping: otherwise a file's address was first tried against
        // every controller's pattern (a fifth of a static file's server time, issue 17); the other
        // addresses match none of these five patterns, which costs little.
        registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
        served(registry.addResourceHandler("/webjars/**").addResourceLocations(WEBJARS));
        for (String folder : FOLDERS) {
            String[] locations = Arrays.stream(resources.getStaticLocations())
                    .map(location -> (location.endsWith("/") ? location : location + "/") + folder + "/")
                    .toArray(String[]::new);
            served(registry.addResourceHandler("/" + folder + "/**").addResourceLocations(locations));
        }
    }

    /** The caching and the resource chain Spring Boot gives its own mapping, from the same properties. */
    private void served(ResourceHandlerRegistration registration) {
        WebProperties.Resources.Cache cache = resources.getCache();
        if (cache.getPeriod() != null) {
            registration.setCachePeriod((int) cache.getPeriod().toSeconds());
        }
        registration.setCacheControl(cache.getCachecontrol().toHttpCacheControl());
        registration.setUseLastModified(cache.isUseLastModified());
        registration.resourceChain(resources.getChain().isCache());
    }
}
