package org.jumelage.publicity.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.publicity.PublicSiteFixture;
import org.jumelage.publicity.Publications;
import org.jumelage.publicity.domain.PublicChanges;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A change committed anywhere reaches every instance's page cache. On PostgreSQL (the suite's
 * {@code -Ppostgres} run) a second instance's write path (its own connections, watched by its own
 * {@link PublicChangeDetector}, with its own {@link PublicChanges}) changes a project; this
 * instance hears the notice on its {@link PublicChangeListener} and its next page shows the change;
 * and a lost listening connection makes the cache distrusted until it is back. On H2 (one
 * instance only, no notices) the same write is made on another thread through this instance's
 * data source and must be seen on the next request. On both, a rolled-back write changes nothing.
 */
@JumelageIntegrationTest
class PublicChangesAcrossInstancesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    Publications publications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PublicChanges changes;

    @Autowired
    Clock clock;

    PublicSiteFixture site;

    @BeforeEach
    void setUp() {
        site = new PublicSiteFixture(organisations, accounts, projects, events, publications, jdbc, clock);
    }

    HikariDataSource pool() throws Exception {
        return dataSource.unwrap(HikariDataSource.class);
    }

    boolean postgres() throws Exception {
        return pool().getJdbcUrl().startsWith("jdbc:postgresql:");
    }

    String projectPage() throws Exception {
        return mvc.perform(get("/en/projects/" + site.projectId))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The project page once it shows the text, waiting at most a few seconds for a notice to arrive. */
    String projectPageShowing(String text, Duration atMost) throws Exception {
        long until = System.nanoTime() + atMost.toNanos();
        String page = projectPage();
        while (!page.contains(text) && System.nanoTime() < until) {
            Thread.sleep(20);
            page = projectPage();
        }
        return page;
    }

    void renameBehindTheApplicationsBack(String title) throws Exception {
        try (Connection raw = pool().getConnection();
                PreparedStatement update = raw.prepareStatement("update project set title_en = ? where id = ?")) {
            update.setString(1, title);
            update.setLong(2, site.projectId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aChangeCommittedByAnotherInstanceIsSeenOnTheNextRequest() throws Exception {
        assertThat(projectPage()).contains("Town twinning for change");
        String title = "Renamed elsewhere " + UUID.randomUUID();
        if (postgres()) {
            assertThat(changes.trusted()).as("this instance listens").isTrue();
            PublicChanges otherInstance = new PublicChanges();
            StaticListableBeanFactory beans = new StaticListableBeanFactory();
            beans.addBean("changes", otherInstance);
            HikariDataSource pool = pool();
            DataSource otherConnections = new PublicChangeDetector.Watching(
                    new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword()),
                    beans.getBeanProvider(PublicChanges.class));
            long before = otherInstance.generation();
            new TransactionTemplate(new DataSourceTransactionManager(otherConnections))
                    .executeWithoutResult(status -> JdbcClient.create(otherConnections)
                            .sql("update project set title_en = :title where id = :id")
                            .param("title", title)
                            .param("id", site.projectId)
                            .update());
            assertThat(otherInstance.generation())
                    .as("the writing instance's own cache")
                    .isGreaterThan(before);
            // the notice travels through the database: at once, give or take its delivery
            assertThat(projectPageShowing(title, Duration.ofSeconds(5))).contains(title);
        } else {
            assertThat(changes.trusted())
                    .as("one instance on H2: nothing to listen to")
                    .isTrue();
            CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                            .executeWithoutResult(
                                    status -> jdbc.sql("update project set title_en = :title where id = :id")
                                            .param("title", title)
                                            .param("id", site.projectId)
                                            .update()))
                    .get();
            assertThat(projectPage()).contains(title);
        }
    }

    @Test
    void aRolledBackChangeChangesNothing() throws Exception {
        assertThat(projectPage()).contains("Town twinning for change");
        String unseen = "Renamed unseen " + UUID.randomUUID();
        renameBehindTheApplicationsBack(unseen);
        long before = changes.generation();
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.executeWithoutResult(status -> {
            jdbc.sql("update project set title_en = 'Rolled back' where id = :id")
                    .param("id", site.projectId)
                    .update();
            status.setRollbackOnly();
        });
        assertThat(changes.generation()).isEqualTo(before);
        assertThat(projectPage()).contains("Town twinning for change").doesNotContain(unseen);
    }

    @Test
    void whileNotListeningTheCacheIsNotTrustedAndAfterwardsItStartsAfresh() throws Exception {
        assertThat(projectPage()).contains("Town twinning for change");
        String unseen = "Renamed unseen " + UUID.randomUUID();
        renameBehindTheApplicationsBack(unseen);
        assertThat(projectPage()).doesNotContain(unseen);
        long before = changes.generation();
        if (postgres()) {
            // the listening connection is lost (a restart of the server, a network cut)
            Integer ended = jdbc.sql("""
                            select count(pg_terminate_backend(pid)) from pg_stat_activity
                             where pid <> pg_backend_pid() and query like 'listen "jumelage_pages_%'
                               and query like '%' || left(md5(current_schema()), 16) || '%'""").query(Integer.class).single();
            assertThat(ended).isPositive();
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while ((changes.generation() < before + 2 || !changes.trusted()) && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(changes.trusted()).as("listening again").isTrue();
        } else {
            // On H2 the same start afresh happens when trust is lost and regained (nothing loses it there).
            changes.trust(false);
            assertThat(projectPage()).as("not trusted: built anew").contains(unseen);
            changes.trust(true);
        }
        assertThat(changes.generation()).isGreaterThan(before);
        assertThat(projectPage()).contains(unseen);
    }
}
