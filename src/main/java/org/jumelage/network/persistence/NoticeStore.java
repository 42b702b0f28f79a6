package org.jumelage.network.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.NoticeDraft;
import org.jumelage.network.NoticeStatus;
import org.jumelage.network.NoticeTownSize;
import org.jumelage.network.PartnerNotice;
import org.jumelage.shared.LocalizedText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code partner_notice} and {@code partner_notice_message}. A notice is read with its
 * organisation's names, town and country; the measure's name is added by the caller. The public
 * queries select the current notices by the rule of {@link PartnerNotice#isCurrent}: active, and
 * the expiry day not before today.
 */
@Repository
public class NoticeStore {

    private static final String SELECT = """
            select n.id, n.organisation_id, o.name_lv as org_lv, o.name_en as org_en, t.name as town_name,
                   o.country, n.title_lv, n.title_en, n.idea_lv, n.idea_en, n.theme_lv, n.theme_en,
                   n.sought_lv, n.sought_en, n.measure_code, n.call_deadline, n.town_size, n.languages,
                   n.expires_on, n.status, n.updated_at, n.version
            from partner_notice n
            join organisation o on o.id = n.organisation_id
            left join town t on t.id = o.town_id
            """;

    private static final String CURRENT = " where n.status = 'ACTIVE' and n.expires_on >= :today";

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long organisationId, NoticeDraft draft, NoticeTownSize townSize, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into partner_notice (organisation_id, title_lv, title_en, idea_lv, idea_en, theme_lv,
                            theme_en, sought_lv, sought_en, measure_code, call_deadline, town_size, languages,
                            expires_on, status, created_at, updated_at, version)
                        values (:organisation, :titleLv, :titleEn, :ideaLv, :ideaEn, :themeLv, :themeEn, :soughtLv,
                            :soughtEn, :measure, :deadline, :townSize, :languages, :expires, 'ACTIVE', :now, :now, 0)""")
                .paramSource(columns(draft, townSize)
                        .addValue("organisation", organisationId)
                        .addValue("now", timestamp(now)))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Changes the notice when its version is {@code expectedVersion}; false when it is not. */
    public boolean update(long id, NoticeDraft draft, NoticeTownSize townSize, long expectedVersion, Instant now) {
        return jdbc.sql("""
                                update partner_notice set title_lv = :titleLv, title_en = :titleEn, idea_lv = :ideaLv,
                                    idea_en = :ideaEn, theme_lv = :themeLv, theme_en = :themeEn, sought_lv = :soughtLv,
                                    sought_en = :soughtEn, measure_code = :measure, call_deadline = :deadline,
                                    town_size = :townSize, languages = :languages, expires_on = :expires,
                                    updated_at = :now, version = version + 1
                                where id = :id and version = :version""")
                        .paramSource(columns(draft, townSize)
                                .addValue("now", timestamp(now))
                                .addValue("id", id)
                                .addValue("version", expectedVersion))
                        .update()
                == 1;
    }

    public void withdraw(long id, Instant now) {
        jdbc.sql("""
                        update partner_notice set status = 'WITHDRAWN', updated_at = :now, version = version + 1
                        where id = :id and status = 'ACTIVE'""").param("now", timestamp(now)).param("id", id).update();
    }

    public Optional<PartnerNotice> find(long id) {
        return jdbc.sql(SELECT + " where n.id = :id")
                .param("id", id)
                .query(NoticeStore::notice)
                .optional();
    }

    public Optional<PartnerNotice> findCurrent(long id, LocalDate today) {
        return jdbc.sql(SELECT + CURRENT + " and n.id = :id")
                .param("today", today)
                .param("id", id)
                .query(NoticeStore::notice)
                .optional();
    }

    public Page<PartnerNotice> current(LocalDate today, Pageable pageable) {
        List<PartnerNotice> items = jdbc.sql(
                        SELECT + CURRENT + " order by n.updated_at desc, n.id desc limit :limit offset :offset")
                .param("today", today)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(NoticeStore::notice)
                .list();
        long total = jdbc.sql("select count(*) from partner_notice n" + CURRENT)
                .param("today", today)
                .query(Long.class)
                .single();
        return new PageImpl<>(items, pageable, total);
    }

    public Page<PartnerNotice> all(Pageable pageable) {
        List<PartnerNotice> items = jdbc.sql(
                        SELECT + " order by n.updated_at desc, n.id desc limit :limit offset :offset")
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(NoticeStore::notice)
                .list();
        long total = jdbc.sql("select count(*) from partner_notice")
                .query(Long.class)
                .single();
        return new PageImpl<>(items, pageable, total);
    }

    public List<PartnerNotice> ofOrganisation(long organisationId) {
        return jdbc.sql(SELECT + " where n.organisation_id = :organisation order by n.updated_at desc, n.id desc")
                .param("organisation", organisationId)
                .query(NoticeStore::notice)
                .list();
    }

    /** The e-mail addresses of the organisation's contacts, each once: where relayed messages go. */
    public List<String> contactAddresses(long organisationId) {
        return jdbc.sql("""
                        select distinct lower(email) from organisation_contact
                        where organisation_id = :organisation and email is not null""")
                .param("organisation", organisationId)
                .query(String.class)
                .list();
    }

    // --- Messages ---------------------------------------------------------------------------------

    /** A message waiting for its sender's confirmation, as stored. */
    public record PendingMessage(
            long id,
            long noticeId,
            String senderName,
            String senderEmail,
            @Nullable String senderOrganisation,
            @Nullable String senderTown,
            String body,
            String language,
            String status,
            Instant expiresAt) {}

    public long insertMessage(PendingMessage message, String tokenHash, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into partner_notice_message (notice_id, sender_name, sender_email, sender_org,
                            sender_town, body, language, token_hash, status, created_at, expires_at)
                        values (:notice, :name, :email, :org, :town, :body, :language, :token, 'PENDING', :now,
                            :expires)""")
                .param("notice", message.noticeId())
                .param("name", message.senderName())
                .param("email", message.senderEmail())
                .param("org", message.senderOrganisation())
                .param("town", message.senderTown())
                .param("body", message.body())
                .param("language", message.language())
                .param("token", tokenHash)
                .param("now", timestamp(now))
                .param("expires", timestamp(message.expiresAt()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<PendingMessage> messageByToken(String tokenHash) {
        return jdbc.sql("""
                        select id, notice_id, sender_name, sender_email, sender_org, sender_town, body, language,
                               status, expires_at
                        from partner_notice_message where token_hash = :token""")
                .param("token", tokenHash)
                .query((rs, row) -> new PendingMessage(
                        rs.getLong("id"),
                        rs.getLong("notice_id"),
                        rs.getString("sender_name"),
                        rs.getString("sender_email"),
                        rs.getString("sender_org"),
                        rs.getString("sender_town"),
                        rs.getString("body"),
                        rs.getString("language"),
                        rs.getString("status"),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    /** Marks a pending message relayed; false when another request did so first. */
    public boolean markRelayed(long id, Instant now) {
        return jdbc.sql("""
                                update partner_notice_message set status = 'RELAYED', relayed_at = :now
                                where id = :id and status = 'PENDING'""").param("now", timestamp(now)).param("id", id).update() == 1;
    }

    private static MapSqlParameterSource columns(NoticeDraft draft, NoticeTownSize townSize) {
        return new MapSqlParameterSource()
                .addValue("titleLv", draft.title().lv())
                .addValue("titleEn", draft.title().en())
                .addValue("ideaLv", draft.idea().lv())
                .addValue("ideaEn", draft.idea().en())
                .addValue("themeLv", draft.theme().lv())
                .addValue("themeEn", draft.theme().en())
                .addValue("soughtLv", draft.sought().lv())
                .addValue("soughtEn", draft.sought().en())
                .addValue("measure", draft.measureCode())
                .addValue("deadline", draft.callDeadline())
                .addValue("townSize", townSize.name())
                .addValue("languages", String.join(",", draft.languages()))
                .addValue("expires", draft.expiresOn());
    }

    private static PartnerNotice notice(ResultSet rs, int row) throws SQLException {
        String languages = rs.getString("languages");
        java.sql.Date deadline = rs.getDate("call_deadline");
        return new PartnerNotice(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                LocalizedText.of(rs.getString("org_lv"), rs.getString("org_en")),
                rs.getString("town_name"),
                rs.getString("country"),
                LocalizedText.of(rs.getString("title_lv"), rs.getString("title_en")),
                LocalizedText.of(rs.getString("idea_lv"), rs.getString("idea_en")),
                LocalizedText.of(rs.getString("theme_lv"), rs.getString("theme_en")),
                LocalizedText.of(rs.getString("sought_lv"), rs.getString("sought_en")),
                rs.getString("measure_code"),
                null,
                deadline == null ? null : deadline.toLocalDate(),
                NoticeTownSize.valueOf(rs.getString("town_size")),
                languages.isEmpty() ? List.of() : Arrays.asList(languages.split(",")),
                rs.getDate("expires_on").toLocalDate(),
                NoticeStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
