package org.jumelage.network.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jumelage.network.persistence.TownRow;
import org.jumelage.network.persistence.TownStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, when the town table holds no GeoNames rows yet, loads the gazetteer that ships inside
 * the application ({@code network/towns-europe.csv.gz}, 64,880 towns, CC BY 4.0 GeoNames) in one
 * transaction. When two instances start at once, the primary key makes the second load fail; that
 * instance logs it and goes on.
 *
 * <p>The load starts in a background thread as soon as this bean exists (the migrations have run:
 * its store and transaction manager need them), so reading and inserting the towns overlaps the rest
 * of the context's start instead of following it. The runner (order -100, before the other start-up
 * runners) waits for it, so nothing after it, demo data included, sees a half-loaded gazetteer, and a
 * failed load still fails the start.
 */
@Component
@Order(GazetteerLoader.ORDER)
class GazetteerLoader implements ApplicationRunner, InitializingBean {

    static final int ORDER = -100;
    static final String GAZETTEER = "network/towns-europe.csv.gz";

    private static final Logger log = LoggerFactory.getLogger(GazetteerLoader.class);

    private final TownStore towns;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Resource gazetteer;
    private final CompletableFuture<Integer> loaded = new CompletableFuture<>();

    GazetteerLoader(TownStore towns, PlatformTransactionManager transactionManager, Clock clock) {
        this.towns = towns;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.gazetteer = new ClassPathResource(GAZETTEER);
    }

    /** Starts the load in the background, once the bean (and so the schema) is ready. */
    @Override
    public void afterPropertiesSet() {
        Thread thread = new Thread(
                () -> {
                    try {
                        loaded.complete(load());
                    } catch (Throwable e) {
                        loaded.completeExceptionally(e);
                    }
                },
                "gazetteer-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Completes when the background load is done (with the number of towns loaded), or failed. */
    CompletableFuture<Integer> loaded() {
        return loaded;
    }

    @Override
    public void run(ApplicationArguments args) {
        BackgroundLoad.await(loaded);
    }

    /** Loads the gazetteer unless it is there already; answers the number of towns loaded (0 when none). */
    int load() {
        if (towns.hasGazetteer()) {
            return 0;
        }
        long start = System.nanoTime();
        List<TownRow> rows = read(gazetteer, clock.instant());
        Boolean inserted;
        try {
            inserted = transaction.execute(status -> {
                if (towns.hasGazetteer()) {
                    return false;
                }
                towns.insert(rows);
                return true;
            });
        } catch (DataIntegrityViolationException e) {
            inserted = false;
        }
        if (!Boolean.TRUE.equals(inserted)) {
            log.info("Another instance loaded the town gazetteer at the same moment");
            return 0;
        }
        towns.analyze();
        log.info(
                "Loaded {} towns in {} s from {}",
                rows.size(),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9),
                GAZETTEER);
        return rows.size();
    }

    /** Reads the gazetteer's rows: geonames_id, name, country, lat, lon, population, admin1. */
    static List<TownRow> read(Resource resource, Instant now) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (InputStream in = new GZIPInputStream(resource.getInputStream(), 1 << 16);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<TownRow> rows = new ArrayList<>(70_000);
            for (CSVRecord record : parser) {
                String name = record.get("name");
                String region = record.get("admin1");
                rows.add(new TownRow(
                        Long.parseLong(record.get("geonames_id")),
                        name,
                        SearchKeys.of(name),
                        record.get("country"),
                        Double.parseDouble(record.get("lat")),
                        Double.parseDouble(record.get("lon")),
                        Long.parseLong(record.get("population")),
                        region.isBlank() ? null : region,
                        TownRow.GEONAMES,
                        now));
            }
            // In key order the prefix indexes grow at their ends: H2 inserts about a third faster.
            rows.sort(Comparator.comparing(TownRow::searchKey));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the town gazetteer " + resource, e);
        }
    }
}
