package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Once started, the application collects the start's garbage in one full collection. */
class StartupHeapTrimTests {

    @Test
    void collectsOnce() {
        long before = collections();

        new StartupHeapTrim().trim();

        assertThat(collections()).isGreaterThan(before);
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .filter(count -> count >= 0)
                .sum();
    }
}
