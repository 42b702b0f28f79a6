package org.jumelage.reporting.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.reporting.FinalReport.SectionKind;
import org.jumelage.reporting.FinalReport.WrittenSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code report_section}: one per project, kind and language written. */
@Repository
public class ReportSectionStore {

    private final JdbcClient jdbc;

    ReportSectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The project's sections: summary, deviations, impact; Latvian before English. */
    public List<WrittenSection> sections(long projectId) {
        return jdbc
                .sql("""
                        select kind, language, body, updated_at, updated_by_name from report_section
                        where project_id = :project""")
                .param("project", projectId)
                .query((rs, row) -> new WrittenSection(
                        SectionKind.valueOf(rs.getString("kind")),
                        rs.getString("language"),
                        rs.getString("body"),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("updated_by_name")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(WrittenSection::kind)
                        .thenComparing(section -> "lv".equals(section.language()) ? 0 : 1))
                .toList();
    }

    /** Writes one section in one language, replacing what was there. */
    public void save(
            long projectId,
            SectionKind kind,
            String language,
            String text,
            Instant at,
            @Nullable Long userId,
            @Nullable String userName) {
        int updated = jdbc.sql("""
                        update report_section set body = :body, updated_at = :at, updated_by = :userId,
                               updated_by_name = :userName
                        where project_id = :project and kind = :kind and language = :language""")
                .param("body", text)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("userId", userId)
                .param("userName", userName)
                .param("project", projectId)
                .param("kind", kind.name())
                .param("language", language)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into report_section (project_id, kind, language, body, updated_at, updated_by, updated_by_name)
                            values (:project, :kind, :language, :body, :at, :userId, :userName)""")
                    .param("project", projectId)
                    .param("kind", kind.name())
                    .param("language", language)
                    .param("body", text)
                    .param("at", at.atOffset(ZoneOffset.UTC))
                    .param("userId", userId)
                    .param("userName", userName)
                    .update();
        }
    }

    /** Removes one section in one language; answers whether there was one. */
    public boolean remove(long projectId, SectionKind kind, String language) {
        return jdbc.sql(
                                "delete from report_section where project_id = :project and kind = :kind and language = :language")
                        .param("project", projectId)
                        .param("kind", kind.name())
                        .param("language", language)
                        .update()
                > 0;
    }
}
