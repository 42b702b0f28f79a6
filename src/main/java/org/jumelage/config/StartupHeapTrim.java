package org.jumelage.config;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One full collection once the start is done. The start reads the gazetteer (64,880 towns) and the
 * twin links (23,082) through memory and builds the whole context: garbage that a JVM without
 * {@code -Xmx} (its default limit is a quarter of the machine's memory) keeps committed, and so
 * resident, long after. After a full collection the collector gives back what it does not need (G1
 * and the serial collector shrink the heap to the live data and its headroom), so the process stays
 * small without options too. Runs last among the ready listeners (after the demo data), once.
 */
@Component
class StartupHeapTrim {

    private static final Logger log = LoggerFactory.getLogger(StartupHeapTrim.class);

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void trim() {
        long committed = committedHeap();
        System.gc();
        log.debug(
                "Heap after the start: {} MB committed before a full collection, {} MB after",
                committed >> 20,
                committedHeap() >> 20);
    }

    static long committedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }
}
