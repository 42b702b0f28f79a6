package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.servlet.FilterChain;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-only transactions on the replica: two in-memory databases, each with a marker row saying
 * which it is (the primary's made by a Flyway migration, the replica's by hand), under the
 * application's transaction manager (JPA, as in production) with plain SQL and with the entity
 * manager.
 */
class DatabaseReplicaConfigurationTests {

    final String primaryUrl = "jdbc:h2:mem:primary-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    final String replicaUrl = "jdbc:h2:mem:replica-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    FlywayAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class,
                    TransactionAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class,
                    JdbcClientAutoConfiguration.class))
            .withUserConfiguration(DatabaseReplicaConfiguration.class)
            .withPropertyValues(
                    "spring.datasource.url=" + primaryUrl,
                    "spring.datasource.username=sa",
                    "spring.datasource.password=",
                    "spring.flyway.locations=classpath:db/replica-routing",
                    "spring.jpa.hibernate.ddl-auto=none");

    /** The replica as a streaming replica would be: the primary's table, its own row. */
    void prepareReplica() {
        JdbcClient replica = JdbcClient.create(
                new org.springframework.jdbc.datasource.DriverManagerDataSource(replicaUrl, "sa", ""));
        replica.sql("create table marker (name varchar(20) not null)").update();
        replica.sql("insert into marker (name) values ('replica')").update();
    }

    static TransactionTemplate transaction(ApplicationContext context, boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        template.setReadOnly(readOnly);
        return template;
    }

    /** What {@code read} answers inside a transaction of the application's transaction manager. */
    static String in(ApplicationContext context, boolean readOnly, Supplier<Object> read) {
        Object answer = transaction(context, readOnly).execute(status -> read.get());
        return String.valueOf(answer);
    }

    static String marker(JdbcClient jdbc) {
        return jdbc.sql("select min(name) from marker").query(String.class).single();
    }

    @Test
    void readOnlyTransactionsReadTheReplicaAndEverythingElseThePrimary() {
        prepareReplica();
        runner.withPropertyValues("jumelage.db.replica.url=" + replicaUrl).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(DataSource.class)).isInstanceOf(LazyConnectionDataSourceProxy.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            EntityManager entities = SharedEntityManagerCreator.createSharedEntityManager(
                    context.getBean(jakarta.persistence.EntityManagerFactory.class));

            Supplier<Object> sql = () -> marker(jdbc);
            Supplier<Object> jpa = () ->
                    entities.createNativeQuery("select min(name) from marker").getSingleResult();
            assertThat(in(context, true, sql)).isEqualTo("replica");
            assertThat(in(context, true, jpa)).isEqualTo("replica");
            assertThat(in(context, false, sql)).isEqualTo("primary");
            assertThat(in(context, false, jpa)).isEqualTo("primary");
            assertThat(marker(jdbc)).as("outside a transaction").isEqualTo("primary");
        });
    }

    @Test
    void aBrowserReadsThePrimaryWhileAndJustAfterItWrites() {
        prepareReplica();
        runner.withPropertyValues("jumelage.db.replica.url=" + replicaUrl).run(context -> {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            ReadYourWritesFilter filter =
                    context.getBean(FilterRegistrationBean.class).getFilter() instanceof ReadYourWritesFilter f
                            ? f
                            : null;
            assertThat(filter).isNotNull();
            List<String> read = new ArrayList<>();
            FilterChain reading = (request, response) -> read.add(in(context, true, () -> marker(jdbc)));

            MockHttpServletResponse posted = new MockHttpServletResponse();
            filter.doFilter(new MockHttpServletRequest("POST", "/projects/1"), posted, reading);
            MockHttpServletRequest redirected = new MockHttpServletRequest("GET", "/projects/1");
            redirected.setCookies(posted.getCookie(ReadYourWritesFilter.COOKIE));
            filter.doFilter(redirected, new MockHttpServletResponse(), reading);
            filter.doFilter(new MockHttpServletRequest("GET", "/projects/1"), new MockHttpServletResponse(), reading);

            assertThat(read).containsExactly("primary", "primary", "replica");
            assertThat(posted.getCookie(ReadYourWritesFilter.COOKIE).getMaxAge())
                    .isEqualTo(5);
            assertThat(posted.getCookie(ReadYourWritesFilter.COOKIE).isHttpOnly())
                    .isTrue();
            assertThat(in(context, true, () -> marker(jdbc)))
                    .as("after the request")
                    .isEqualTo("replica");
        });
    }

    @Test
    void writesAndMigrationsGoToThePrimaryOnly() {
        prepareReplica();
        runner.withPropertyValues("jumelage.db.replica.url=" + replicaUrl).run(context -> {
            JdbcClient jdbc = context.getBean(JdbcClient.class);

            transaction(context, false)
                    .executeWithoutResult(status -> jdbc.sql("insert into marker (name) values ('written')")
                            .update());

            JdbcClient primary = JdbcClient.create(context.getBean("primaryDataSource", DataSource.class));
            JdbcClient replica = JdbcClient.create(context.getBean("replicaDataSource", DataSource.class));
            assertThat(primary.sql("select name from marker order by name")
                            .query(String.class)
                            .list())
                    .containsExactly("primary", "written");
            assertThat(replica.sql("select name from marker")
                            .query(String.class)
                            .list())
                    .containsExactly("replica");
            assertThat(replica.sql(
                                    "select count(*) from information_schema.tables where lower(table_name) like 'flyway%'")
                            .query(Long.class)
                            .single())
                    .as("Flyway never touched the replica")
                    .isZero();
        });
    }

    @Test
    void withoutAReplicaThereIsOneDatabase() {
        runner.withPropertyValues("jumelage.db.replica.url=").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean("replicaDataSource");
            assertThat(context.getBean(DataSource.class)).isNotInstanceOf(LazyConnectionDataSourceProxy.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(in(context, true, () -> marker(jdbc))).isEqualTo("primary");
        });
    }

    @Test
    void theReplicaTakesThePrimarysUserUnlessGivenItsOwn() {
        prepareReplica();
        runner.withPropertyValues("jumelage.db.replica.url=" + replicaUrl).run(context -> {
            com.zaxxer.hikari.HikariDataSource replica =
                    context.getBean("replicaDataSource", com.zaxxer.hikari.HikariDataSource.class);
            assertThat(replica.getUsername()).isEqualTo("sa");
            assertThat(replica.isReadOnly()).isTrue();
        });
        runner.withPropertyValues("jumelage.db.replica.url=" + replicaUrl, "jumelage.db.replica.username=reader")
                .run(context -> assertThat(
                                context.getBean("replicaDataSource", com.zaxxer.hikari.HikariDataSource.class)
                                        .getUsername())
                        .isEqualTo("reader"));
    }
}
