package org.jumelage.publicity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.publicity.persistence.NewsStore;
import org.springframework.stereotype.Component;

/**
 * When the public pages change by themselves, without anybody writing anything: a scheduled
 * article's publication date, a registration opening or closing (the event page's registration
 * link), and a new day (the home page's coming events, an event's information page once it is
 * over, the partner-search notices that expire). What is built now is true until then at the
 * latest, and never longer than {@link #LONGEST}.
 */
@Component
public class PublicChangeHorizon {

    /** The longest a page is trusted without a change being known: a last resort, not the rule. */
    static final Duration LONGEST = Duration.ofHours(1);

    /** The site's readers' dates are Latvian ones; the application clock's zone dates the rest. */
    private static final ZoneId SITE_ZONE = ZoneId.of("Europe/Riga");

    private final NewsStore news;
    private final RegistrationSettingsManagement registration;
    private final Clock clock;
    private volatile Known known = new Known(-1, Instant.MIN);

    PublicChangeHorizon(NewsStore news, RegistrationSettingsManagement registration, Clock clock) {
        this.news = news;
        this.registration = registration;
        this.clock = clock;
    }

    /** The next instant after now at which a public page may change by itself. */
    public Instant next() {
        Instant now = clock.instant();
        List<Instant> candidates = new ArrayList<>();
        candidates.add(now.plus(LONGEST));
        candidates.add(nextMidnight(now, SITE_ZONE));
        candidates.add(nextMidnight(now, clock.getZone()));
        news.nextScheduledPublication(now).ifPresent(candidates::add);
        registration.nextRegistrationWindowChange(now).ifPresent(candidates::add);
        return candidates.stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * {@link #next()} for what is built from the generation of the public data ({@link PublicChanges}),
     * read once per generation: every cache of public data expires at it.
     */
    public Instant until(long generation) {
        Known last = known;
        if (last.generation() == generation && clock.instant().isBefore(last.at())) {
            return last.at();
        }
        Instant next = next();
        known = new Known(generation, next);
        return next;
    }

    /** The next change as read for a generation. */
    private record Known(long generation, Instant at) {}

    /** The start of the next day in the zone. */
    static Instant nextMidnight(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    }
}
