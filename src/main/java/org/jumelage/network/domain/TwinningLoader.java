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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.TwinKind;
import org.jumelage.network.TwinStatus;
import org.jumelage.network.TwinTown;
import org.jumelage.network.persistence.TwinLinkRow;
import org.jumelage.network.persistence.TwinLinkStore;
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
 * At start, when no imported link is stored yet, loads the links between towns that ship inside the
 * application ({@code network/twinnings.csv.gz}: 23,082 links from Wikipedia's lists of twin towns
 * and sister cities, CC BY-SA 4.0) in one transaction. Runs right after the {@link GazetteerLoader}
 * (the links refer to its towns). Imported links are formal twinnings ({@link TwinKind#FORMAL}: the
 * lists are lists of twin towns and sister cities), active, with no start year (the file has none),
 * source {@value #SOURCE} and the file's own source column (such as {@code enwiki:Latvia}) as detail.
 * A side outside the gazetteer keeps its name and country with no id.
 *
 * <p>Like the gazetteer, the load runs in the background during the context's start, right after the
 * gazetteer's load (in its thread); the runner waits for it.
 */
@Component
@Order(TwinningLoader.ORDER)
class TwinningLoader implements ApplicationRunner, InitializingBean {

    static final int ORDER = GazetteerLoader.ORDER + 1;
    static final String LINKS = "network/twinnings.csv.gz";
    /** The source of every imported link. */
    static final String SOURCE = "Wikipedia";

    private static final Logger log = LoggerFactory.getLogger(TwinningLoader.class);

    private final TwinLinkStore links;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Resource file;
    private final GazetteerLoader gazetteer;
    private @Nullable CompletableFuture<Integer> loaded;

    TwinningLoader(
            TwinLinkStore links,
            PlatformTransactionManager transactionManager,
            Clock clock,
            GazetteerLoader gazetteer) {
        this.links = links;
        this.gazetteer = gazetteer;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.file = new ClassPathResource(LINKS);
    }

    /** Queues the load after the gazetteer's (the links refer to its towns). */
    @Override
    public void afterPropertiesSet() {
        loaded = gazetteer.loaded().thenApply(towns -> load());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loaded != null) {
            BackgroundLoad.await(loaded);
        }
    }

    /** Loads the links unless they are there already; answers the number loaded (0 when none). */
    int load() {
        if (links.hasImported()) {
            return 0;
        }
        long start = System.nanoTime();
        List<TwinLinkRow> rows = read(file, clock.instant());
        Boolean inserted;
        try {
            inserted = transaction.execute(status -> {
                if (links.hasImported()) {
                    return false;
                }
                links.insertAll(rows);
                return true;
            });
        } catch (DataIntegrityViolationException e) {
            inserted = false;
        }
        if (!Boolean.TRUE.equals(inserted)) {
            log.info("Another instance loaded the links between towns at the same moment");
            return 0;
        }
        links.analyze();
        long outside = rows.stream()
                .filter(row -> row.townAId() == null || row.townBId() == null)
                .count();
        log.info(
                "Loaded {} links between towns ({} with a side outside the gazetteer) in {} s from {}",
                rows.size(),
                outside,
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9),
                LINKS);
        return rows.size();
    }

    /** Reads the file's rows: town_a, country_a, town_b, country_b, since, source, geonames_a, geonames_b. */
    static List<TwinLinkRow> read(Resource resource, Instant now) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (InputStream in = new GZIPInputStream(resource.getInputStream(), 1 << 16);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<TwinLinkRow> rows = new ArrayList<>(24_000);
            for (CSVRecord record : parser) {
                TwinTown a = new TwinTown(id(record.get("geonames_a")), record.get("town_a"), record.get("country_a"));
                TwinTown b = new TwinTown(id(record.get("geonames_b")), record.get("town_b"), record.get("country_b"));
                rows.add(new TwinLinkRow(
                        0,
                        PairKeys.of(a, b),
                        a.id(),
                        a.name(),
                        a.country(),
                        b.id(),
                        b.name(),
                        b.country(),
                        TwinKind.FORMAL.name(),
                        TwinStatus.ACTIVE.name(),
                        year(record.get("since")),
                        null,
                        null,
                        SOURCE,
                        record.get("source"),
                        true,
                        null,
                        null,
                        0,
                        now,
                        now));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the links between towns " + resource, e);
        }
    }

    private static @Nullable Long id(String text) {
        return text.isBlank() ? null : Long.valueOf(text.strip());
    }

    private static @Nullable Integer year(String text) {
        return text.isBlank() ? null : Integer.valueOf(text.strip());
    }
}
