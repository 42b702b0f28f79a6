package org.jumelage.participation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.participation.RegistrationCounts;
import org.jumelage.participation.RegistrationQuestions;
import org.jumelage.participation.RegistrationSettings;
import org.jumelage.participation.RegistrationSource;
import org.jumelage.participation.RegistrationStatus;
import org.jumelage.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The registration tables: settings (whose row also holds the number of confirmed people and is the
 * lock that keeps that number within the capacity), consent texts by version, registrations, and
 * what registration reads of delegations. Callers bring the transaction.
 *
 * <p>Every change of a registration's status changes {@code event_registration_settings.confirmed}
 * in the same statement sequence here ({@link #takePlace}, {@link #countConfirmed}, {@link #promote},
 * {@link #cancel}), so the column always equals the number of confirmed rows.
 */
@Repository
public class RegistrationStore {

    private static final String SETTINGS = """
            select s.*, c.text_lv, c.text_en, c.text_others
              from event_registration_settings s
              left join event_consent_text c on c.event_id = s.event_id and c.version = s.consent_version
            """;

    private final JdbcClient jdbc;

    RegistrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- Settings ---

    public Optional<RegistrationSettings> settings(long eventId) {
        return countedSettings(eventId).map(CountedSettings::settings);
    }

    /** The stored settings of the events in one read, by event id (events without any are left out). */
    public java.util.Map<Long, RegistrationSettings> settings(java.util.Collection<Long> eventIds) {
        java.util.Map<Long, RegistrationSettings> settings = new java.util.HashMap<>();
        jdbc.sql(SETTINGS + " where s.event_id in (:events)")
                .param("events", eventIds)
                .query(RegistrationStore::countedSettings)
                .list()
                .forEach(counted -> settings.put(counted.settings().eventId(), counted.settings()));
        return settings;
    }

    /** The settings with the number of confirmed people, as committed when the statement runs. */
    public Optional<CountedSettings> countedSettings(long eventId) {
        return jdbc.sql(SETTINGS + " where s.event_id = :event")
                .param("event", eventId)
                .query(RegistrationStore::countedSettings)
                .optional();
    }

    /** The earliest opening or closing time after the instant among switched-on registrations. */
    public Optional<Instant> nextWindowChange(Instant after) {
        java.time.OffsetDateTime at = after.atOffset(java.time.ZoneOffset.UTC);
        return jdbc.sql("""
                        select min(t) from (
                            select min(opens_at) t from event_registration_settings
                            where registration_open and opens_at > :after
                            union all
                            select min(closes_at) t from event_registration_settings
                            where registration_open and closes_at > :after
                        ) w""")
                .param("after", at)
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, java.time.OffsetDateTime.class)))
                .single()
                .map(java.time.OffsetDateTime::toInstant);
    }

    public Optional<RegistrationSettings> settingsByPublicToken(String token) {
        return countedSettingsByPublicToken(token).map(CountedSettings::settings);
    }

    public Optional<CountedSettings> countedSettingsByPublicToken(String token) {
        return jdbc.sql(SETTINGS + " where s.public_token = :token")
                .param("token", token)
                .query(RegistrationStore::countedSettings)
                .optional();
    }

    /**
     * Locks the event's settings row until the transaction ends, so that what follows sees the
     * settings and the number of confirmed people as nobody else can change them meanwhile; false
     * when the event has no settings yet.
     */
    public boolean lockSettings(long eventId) {
        return !jdbc.sql("select event_id from event_registration_settings where event_id = :event for update")
                .param("event", eventId)
                .query(Long.class)
                .list()
                .isEmpty();
    }

    /** The first settings of an event; the count of confirmed people starts from the rows already stored. */
    public void insertSettings(RegistrationSettings settings, Instant now) {
        jdbc.sql("""
                        insert into event_registration_settings
                            (event_id, registration_open, opens_at, closes_at, capacity, public_link, public_token,
                             working_languages, ask_gender, ask_age_band, ask_first_time, ask_fewer_opportunities,
                             ask_dietary, ask_accessibility, consent_version, updated_at, version, confirmed)
                        values (:event, :open, :opens, :closes, :capacity, :publicLink, :token, :languages, :gender,
                                :ageBand, :firstTime, :fewer, :dietary, :accessibility, :consent, :now, 0,
                                (select count(*) from event_registration
                                  where event_id = :event and status = 'CONFIRMED'))
                        """).params(settingsParams(settings, now)).update();
    }

    /**
     * Takes a place for a registration being confirmed, if the settings are still those of
     * {@code version} and a place is free; the settings row then stays locked until the transaction
     * ends. Two transactions taking the last place update the row one after the other, and the second
     * finds it full. Returns false (and changes nothing) when the settings changed or the event is full.
     */
    public boolean takePlace(long eventId, long version) {
        return jdbc.sql("""
                        update event_registration_settings set confirmed = confirmed + 1
                         where event_id = :event and version = :version and (capacity is null or confirmed < capacity)
                        """).param("event", eventId).param("version", version).update() == 1;
    }

    /**
     * Keeps the event full for a registration going on the waiting list: locks the settings row until
     * the transaction ends if the settings are still those of {@code version} and every place is
     * taken, so that no place can be freed before the registration is committed. Returns false when
     * the settings changed or a place is free.
     */
    public boolean holdFull(long eventId, long version) {
        return jdbc.sql("""
                        update event_registration_settings set confirmed = confirmed
                         where event_id = :event and version = :version and capacity is not null
                           and confirmed >= capacity
                        """).param("event", eventId).param("version", version).update() == 1;
    }

    /** Adds {@code change} to the event's number of confirmed people; the caller holds the settings row's lock. */
    public void countConfirmed(long eventId, int change) {
        jdbc.sql("update event_registration_settings set confirmed = confirmed + :change where event_id = :event")
                .param("event", eventId)
                .param("change", change)
                .update();
    }

    public void updateSettings(RegistrationSettings settings, Instant now) {
        jdbc.sql("""
                        update event_registration_settings
                           set registration_open = :open, opens_at = :opens, closes_at = :closes, capacity = :capacity,
                               public_link = :publicLink, working_languages = :languages, ask_gender = :gender,
                               ask_age_band = :ageBand, ask_first_time = :firstTime,
                               ask_fewer_opportunities = :fewer, ask_dietary = :dietary,
                               ask_accessibility = :accessibility, consent_version = :consent, updated_at = :now,
                               version = version + 1
                         where event_id = :event
                        """).params(settingsParams(settings, now)).update();
    }

    private static java.util.Map<String, Object> settingsParams(RegistrationSettings s, Instant now) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("event", s.eventId());
        params.put("open", s.open());
        params.put("opens", timestamp(s.opensAt()));
        params.put("closes", timestamp(s.closesAt()));
        params.put("capacity", s.capacity());
        params.put("publicLink", s.publicLink());
        params.put("token", s.publicToken());
        params.put("languages", String.join(",", s.workingLanguages()));
        params.put("gender", s.questions().gender());
        params.put("ageBand", s.questions().ageBand());
        params.put("firstTime", s.questions().firstTime());
        params.put("fewer", s.questions().fewerOpportunities());
        params.put("dietary", s.questions().dietary());
        params.put("accessibility", s.questions().accessibility());
        params.put("consent", s.consentVersion());
        params.put("now", Timestamp.from(now));
        return params;
    }

    public int latestConsentVersion(long eventId) {
        return jdbc.sql("select coalesce(max(version), 0) from event_consent_text where event_id = :event")
                .param("event", eventId)
                .query(Integer.class)
                .single();
    }

    public void insertConsent(long eventId, int version, LocalizedText text, @Nullable Long by, Instant now) {
        jdbc.sql("""
                        insert into event_consent_text (event_id, version, text_lv, text_en, text_others, created_at,
                               created_by)
                        values (:event, :version, :lv, :en, :others, :now, :by)
                        """)
                .param("event", eventId)
                .param("version", version)
                .param("lv", text.lv())
                .param("en", text.en())
                .param("others", text.othersAsJson())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    private static CountedSettings countedSettings(ResultSet rs, int row) throws SQLException {
        return new CountedSettings(settings(rs), rs.getInt("confirmed"));
    }

    private static RegistrationSettings settings(ResultSet rs) throws SQLException {
        return new RegistrationSettings(
                rs.getLong("event_id"),
                rs.getBoolean("registration_open"),
                instant(rs, "opens_at"),
                instant(rs, "closes_at"),
                (Integer) rs.getObject("capacity", Integer.class),
                rs.getBoolean("public_link"),
                rs.getString("public_token"),
                Arrays.stream(rs.getString("working_languages").split(","))
                        .filter(language -> !language.isBlank())
                        .toList(),
                new RegistrationQuestions(
                        rs.getBoolean("ask_gender"),
                        rs.getBoolean("ask_age_band"),
                        rs.getBoolean("ask_first_time"),
                        rs.getBoolean("ask_fewer_opportunities"),
                        rs.getBoolean("ask_dietary"),
                        rs.getBoolean("ask_accessibility")),
                rs.getInt("consent_version"),
                LocalizedText.stored(rs.getString("text_lv"), rs.getString("text_en"), rs.getString("text_others")),
                rs.getLong("version"));
    }

    // --- Delegations (read only: the delegation object is kept elsewhere) ---

    public Optional<DelegationRow> delegation(long id) {
        return jdbc.sql("""
                        select id, event_id, partner_id, organisation_id, country, link_token
                          from event_delegation where id = :id""")
                .param("id", id)
                .query(RegistrationStore::delegation)
                .optional();
    }

    public Optional<DelegationRow> delegationByToken(String token) {
        return jdbc.sql("""
                        select id, event_id, partner_id, organisation_id, country, link_token
                          from event_delegation where link_token = :token""")
                .param("token", token)
                .query(RegistrationStore::delegation)
                .optional();
    }

    /** The ids of the event's delegations sent by the organisation. */
    public List<Long> delegationsOf(long eventId, long organisationId) {
        return jdbc.sql("select id from event_delegation where event_id = :event and organisation_id = :organisation")
                .param("event", eventId)
                .param("organisation", organisationId)
                .query(Long.class)
                .list();
    }

    private static DelegationRow delegation(ResultSet rs, int row) throws SQLException {
        return new DelegationRow(
                rs.getLong("id"),
                rs.getLong("event_id"),
                rs.getLong("partner_id"),
                (Long) rs.getObject("organisation_id", Long.class),
                rs.getString("country"),
                rs.getString("link_token"));
    }

    // --- Registrations ---

    public long insert(RegistrationRow r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into event_registration
                            (event_id, delegation_id, first_name, last_name, email, email_key, name_key,
                             organisation_name, town_id, town_name, country, status, source, gender, age_band,
                             first_time, fewer_opportunities, dietary, accessibility, language, consent_version,
                             consented_at, manage_token, check_in_code, short_code, registered_by, created_at,
                             updated_at, version)
                        values (:event, :delegation, :first, :last, :email, :emailKey, :nameKey, :organisation,
                                :townId, :townName, :country, :status, :source, :gender, :ageBand, :firstTime,
                                :fewer, :dietary, :accessibility, :language, :consentVersion, :consentedAt,
                                :manage, :code, :shortCode, :by, :created, :updated, 0)
                        """)
                .param("event", r.eventId())
                .param("delegation", r.delegationId())
                .param("first", r.firstName())
                .param("last", r.lastName())
                .param("email", r.email())
                .param("emailKey", r.emailKey())
                .param("nameKey", r.nameKey())
                .param("organisation", r.organisationName())
                .param("townId", r.townId())
                .param("townName", r.townName())
                .param("country", r.country())
                .param("status", r.status().name())
                .param("source", r.source().name())
                .param("gender", r.gender())
                .param("ageBand", r.ageBand())
                .param("firstTime", r.firstTime())
                .param("fewer", r.fewerOpportunities())
                .param("dietary", r.dietary())
                .param("accessibility", r.accessibility())
                .param("language", r.language())
                .param("consentVersion", r.consentVersion())
                .param("consentedAt", timestamp(r.consentedAt()))
                .param("manage", r.manageToken())
                .param("code", r.checkInCode())
                .param("shortCode", r.shortCode())
                .param("by", r.registeredBy())
                .param("created", Timestamp.from(r.createdAt()))
                .param("updated", Timestamp.from(r.updatedAt()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Changes what the person may change: names, contact, town, country, statistics, needs, language. */
    public void updateDetails(RegistrationRow r, Instant now) {
        jdbc.sql("""
                        update event_registration
                           set first_name = :first, last_name = :last, email = :email, email_key = :emailKey,
                               name_key = :nameKey, organisation_name = :organisation, town_id = :townId,
                               town_name = :townName, country = :country, gender = :gender, age_band = :ageBand,
                               first_time = :firstTime, fewer_opportunities = :fewer, dietary = :dietary,
                               accessibility = :accessibility, language = :language, updated_at = :now,
                               version = version + 1
                         where id = :id
                        """)
                .param("id", r.id())
                .param("first", r.firstName())
                .param("last", r.lastName())
                .param("email", r.email())
                .param("emailKey", r.emailKey())
                .param("nameKey", r.nameKey())
                .param("organisation", r.organisationName())
                .param("townId", r.townId())
                .param("townName", r.townName())
                .param("country", r.country())
                .param("gender", r.gender())
                .param("ageBand", r.ageBand())
                .param("firstTime", r.firstTime())
                .param("fewer", r.fewerOpportunities())
                .param("dietary", r.dietary())
                .param("accessibility", r.accessibility())
                .param("language", r.language())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Confirms a person on the waiting list, who takes a place; the caller holds the settings row's lock. */
    public void promote(RegistrationRow waiting, Instant now) {
        int promoted = jdbc.sql("""
                        update event_registration set status = 'CONFIRMED', updated_at = :now, version = version + 1
                         where id = :id and status = 'WAITLISTED'""")
                .param("id", waiting.id())
                .param("now", Timestamp.from(now))
                .update();
        if (promoted == 1) {
            countConfirmed(waiting.eventId(), 1);
        }
    }

    /**
     * Cancels; the e-mail and name keys go, so the person may register again, and a confirmed
     * person's place is free. The caller holds the settings row's lock and read the row under it.
     */
    public void cancel(RegistrationRow registration, Instant now) {
        int cancelled = jdbc.sql("""
                        update event_registration
                           set status = 'CANCELLED', cancelled_at = :now, email_key = null, name_key = null,
                               updated_at = :now, version = version + 1
                         where id = :id and status = :status""")
                .param("id", registration.id())
                .param("status", registration.status().name())
                .param("now", Timestamp.from(now))
                .update();
        if (cancelled == 1 && registration.status() == RegistrationStatus.CONFIRMED) {
            countConfirmed(registration.eventId(), -1);
        }
    }

    /** Clears the personal fields; country, delegation, status, statistics and attendance stay. */
    public void erase(long id, Instant now) {
        jdbc.sql("""
                        update event_registration
                           set first_name = null, last_name = null, email = null, email_key = null, name_key = null,
                               organisation_name = null, town_name = null, dietary = null, accessibility = null,
                               erased_at = :now, updated_at = :now, version = version + 1
                         where id = :id""").param("id", id).param("now", Timestamp.from(now)).update();
    }

    public Optional<RegistrationRow> byId(long id) {
        return jdbc.sql("select * from event_registration where id = :id")
                .param("id", id)
                .query(RegistrationStore::registration)
                .optional();
    }

    public Optional<RegistrationRow> byManageToken(String token) {
        return jdbc.sql("select * from event_registration where manage_token = :token")
                .param("token", token)
                .query(RegistrationStore::registration)
                .optional();
    }

    public List<RegistrationRow> forEvent(long eventId) {
        return jdbc.sql("select * from event_registration where event_id = :event order by created_at, id")
                .param("event", eventId)
                .query(RegistrationStore::registration)
                .list();
    }

    /** One page of the event's registrations, oldest first (the order of {@link #forEvent(long)}). */
    public List<RegistrationRow> forEvent(long eventId, long offset, int limit) {
        return jdbc.sql("""
                        select * from event_registration where event_id = :event order by created_at, id
                         offset :offset rows fetch next :limit rows only""")
                .param("event", eventId)
                .param("offset", offset)
                .param("limit", limit)
                .query(RegistrationStore::registration)
                .list();
    }

    /** How many registrations (all statuses) the event has. */
    public long countForEvent(long eventId) {
        return jdbc.sql("select count(*) from event_registration where event_id = :event")
                .param("event", eventId)
                .query(Long.class)
                .single();
    }

    /** One page of the delegations' registrations, oldest first (the order of {@link #forDelegations(List)}). */
    public List<RegistrationRow> forDelegations(List<Long> delegationIds, long offset, int limit) {
        if (delegationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from event_registration where delegation_id in (:ids) order by created_at, id
                         offset :offset rows fetch next :limit rows only""")
                .param("ids", delegationIds)
                .param("offset", offset)
                .param("limit", limit)
                .query(RegistrationStore::registration)
                .list();
    }

    /** How many registrations the delegations have. */
    public long countForDelegations(List<Long> delegationIds) {
        if (delegationIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from event_registration where delegation_id in (:ids)")
                .param("ids", delegationIds)
                .query(Long.class)
                .single();
    }

    public List<RegistrationRow> forDelegations(List<Long> delegationIds) {
        if (delegationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from event_registration where delegation_id in (:ids) order by created_at, id")
                .param("ids", delegationIds)
                .query(RegistrationStore::registration)
                .list();
    }

    /** The waiting list in order: who registered first moves up first. */
    public List<RegistrationRow> waitingList(long eventId) {
        return jdbc.sql("""
                        select * from event_registration where event_id = :event and status = 'WAITLISTED'
                         order by created_at, id""")
                .param("event", eventId)
                .query(RegistrationStore::registration)
                .list();
    }

    public RegistrationCounts counts(long eventId, @Nullable Integer capacity) {
        long[] counts = new long[3];
        jdbc.sql("select status, count(*) as n from event_registration where event_id = :event group by status")
                .param("event", eventId)
                .query((ResultSet rs) -> {
                    RegistrationStatus status = RegistrationStatus.valueOf(rs.getString("status"));
                    counts[status.ordinal()] = rs.getLong("n");
                });
        return new RegistrationCounts(
                counts[RegistrationStatus.CONFIRMED.ordinal()],
                counts[RegistrationStatus.WAITLISTED.ordinal()],
                counts[RegistrationStatus.CANCELLED.ordinal()],
                capacity);
    }

    /** Whether another active registration of the event has the e-mail key. */
    public boolean emailTaken(long eventId, String emailKey, long exceptId) {
        return jdbc.sql("""
                        select count(*) from event_registration
                         where event_id = :event and email_key = :key and id <> :except""")
                        .param("event", eventId)
                        .param("key", emailKey)
                        .param("except", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether another active registration of the delegation has the name key. */
    /** Whether a registration of the event already has this short check-in code. */
    public boolean shortCodeTaken(long eventId, String shortCode) {
        return jdbc.sql("select count(*) from event_registration where event_id = :event and short_code = :code")
                        .param("event", eventId)
                        .param("code", shortCode)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean nameTaken(long delegationId, String nameKey, long exceptId) {
        return jdbc.sql("""
                        select count(*) from event_registration
                         where delegation_id = :delegation and name_key = :key and id <> :except""")
                        .param("delegation", delegationId)
                        .param("key", nameKey)
                        .param("except", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static RegistrationRow registration(ResultSet rs, int row) throws SQLException {
        return RegistrationRow.builder()
                .id(rs.getLong("id"))
                .eventId(rs.getLong("event_id"))
                .delegationId(rs.getObject("delegation_id", Long.class))
                .firstName(rs.getString("first_name"))
                .lastName(rs.getString("last_name"))
                .email(rs.getString("email"))
                .emailKey(rs.getString("email_key"))
                .nameKey(rs.getString("name_key"))
                .organisationName(rs.getString("organisation_name"))
                .townId(rs.getObject("town_id", Long.class))
                .townName(rs.getString("town_name"))
                .country(rs.getString("country"))
                .status(RegistrationStatus.valueOf(rs.getString("status")))
                .source(RegistrationSource.valueOf(rs.getString("source")))
                .gender(rs.getString("gender"))
                .ageBand(rs.getString("age_band"))
                .firstTime(rs.getObject("first_time", Boolean.class))
                .fewerOpportunities(rs.getObject("fewer_opportunities", Boolean.class))
                .dietary(rs.getString("dietary"))
                .accessibility(rs.getString("accessibility"))
                .language(rs.getString("language"))
                .consentVersion(rs.getObject("consent_version", Integer.class))
                .consentedAt(instant(rs, "consented_at"))
                .manageToken(rs.getString("manage_token"))
                .checkInCode(rs.getString("check_in_code"))
                .shortCode(rs.getString("short_code"))
                .registeredBy(rs.getObject("registered_by", Long.class))
                .createdAt(instant(rs, "created_at"))
                .updatedAt(instant(rs, "updated_at"))
                .cancelledAt(instant(rs, "cancelled_at"))
                .erasedAt(instant(rs, "erased_at"))
                .version(rs.getLong("version"))
                .build();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
