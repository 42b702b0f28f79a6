package org.jumelage.network.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.network.NetworkException;
import org.jumelage.network.NewTown;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownResolution;
import org.jumelage.network.TownSummary;
import org.jumelage.network.persistence.TownRow;
import org.jumelage.network.persistence.TownStore;
import org.jumelage.shared.Countries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultTownDirectory implements TownDirectory {

    static final int MAX_CANDIDATES = 10;
    static final int MAX_NAME = 200;

    /** Two towns of the same name closer than this (in degrees, about 10 km) are taken to be the same place. */
    static final double SAME_PLACE_DEGREES = 0.1;

    private final TownStore towns;
    private final AuditTrail auditTrail;
    private final Clock clock;

    DefaultTownDirectory(TownStore towns, AuditTrail auditTrail, Clock clock) {
        this.towns = towns;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TownSummary> search(String query, @Nullable String country, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw NetworkException.limitInvalid(MAX_LIMIT);
        }
        String key = SearchKeys.of(query);
        String code = validCountry(country);
        return key.isEmpty() ? List.of() : towns.startingWith(key, code, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public long count(String query, @Nullable String country) {
        String key = SearchKeys.of(query);
        String code = validCountry(country);
        return key.isEmpty() ? 0 : towns.countStartingWith(key, code);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TownSummary> find(long id) {
        return towns.find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, TownSummary> findAll(Collection<Long> ids) {
        Map<Long, TownSummary> byId = new LinkedHashMap<>();
        towns.findAll(ids).forEach(town -> byId.put(town.id(), town));
        return byId;
    }

    @Override
    @Transactional(readOnly = true)
    public TownResolution resolve(String typed, @Nullable String country) {
        String code = validCountry(country);
        OptionalLong id = TownTexts.idIn(typed);
        if (id.isPresent()) {
            Optional<TownSummary> town = towns.find(id.getAsLong());
            if (town.isPresent()) {
                return new TownResolution(typed, town.get(), List.of());
            }
        }
        TownTexts.Label label = TownTexts.labelIn(typed);
        if (label.country() != null && Countries.isKnown(label.country())) {
            // The town's own country, as the field's text names it, wins over a country chosen beside it.
            code = label.country();
        } else if (label.country() != null) {
            label = new TownTexts.Label(TownTexts.nameIn(typed), null, null);
        }
        String key = SearchKeys.of(label.name());
        if (key.isEmpty()) {
            return new TownResolution(typed, null, List.of());
        }
        List<TownSummary> allOfName = towns.withKey(key, code, MAX_CANDIDATES);
        List<TownSummary> exact = allOfName.stream()
                .filter(town -> town.fieldText().equalsIgnoreCase(typed.strip()))
                .toList();
        if (exact.size() == 1) {
            return new TownResolution(typed, exact.get(0), List.of());
        }
        List<TownSummary> sameName = TownTexts.inRegion(allOfName, label.region());
        TownSummary choice = TownTexts.clearChoice(sameName);
        if (choice != null) {
            return new TownResolution(typed, choice, List.of());
        }
        List<TownSummary> candidates =
                sameName.isEmpty() ? towns.withWordStarting(key, code, MAX_CANDIDATES) : sameName;
        return new TownResolution(typed, null, candidates);
    }

    @Override
    @Transactional
    public TownSummary addTown(NewTown town) {
        String name = town.name().strip();
        String key = SearchKeys.of(name);
        if (key.isEmpty()) {
            throw NetworkException.townNameMissing();
        }
        if (name.length() > MAX_NAME) {
            throw NetworkException.textTooLong("name", MAX_NAME);
        }
        String country = validCountry(town.country());
        if (country == null) {
            throw NetworkException.countryMissing();
        }
        if (!(town.latitude() >= -90 && town.latitude() <= 90)) {
            throw NetworkException.latitudeInvalid();
        }
        if (!(town.longitude() >= -180 && town.longitude() <= 180)) {
            throw NetworkException.longitudeInvalid();
        }
        if (town.population() < 0) {
            throw NetworkException.populationInvalid();
        }
        String region = town.region() == null || town.region().isBlank()
                ? null
                : town.region().strip();
        if (region != null && region.length() > MAX_NAME) {
            throw NetworkException.textTooLong("region", MAX_NAME);
        }
        for (TownSummary known : towns.withKey(key, country, MAX_LIMIT)) {
            if (Math.abs(known.latitude() - town.latitude()) < SAME_PLACE_DEGREES
                    && Math.abs(known.longitude() - town.longitude()) < SAME_PLACE_DEGREES) {
                throw NetworkException.townAlreadyKnown(known.name(), known.id());
            }
        }
        long id = towns.nextAddedId();
        towns.insert(List.of(new TownRow(
                id,
                name,
                key,
                country,
                town.latitude(),
                town.longitude(),
                town.population(),
                region,
                TownRow.ADDED,
                clock.instant())));
        auditTrail.record("network.town.added", name + " (" + id + ")", "country " + country);
        return towns.find(id).orElseThrow();
    }

    /** The upper-case ISO code, or {@code null} for none; refuses a code that is not one of {@link Countries}. */
    static @Nullable String validCountry(@Nullable String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!Countries.isKnown(code)) {
            throw NetworkException.unknownCountry(country.strip());
        }
        return code;
    }
}
