package org.jumelage.config;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A read replica of the database, for read-only transactions.
 *
 * @param url JUMELAGE_DB_REPLICA_URL: its JDBC URL; empty for none (everything on the primary)
 * @param username JUMELAGE_DB_REPLICA_USERNAME; empty: the primary's user
 * @param password JUMELAGE_DB_REPLICA_PASSWORD; empty: the primary's password
 * @param maximumPoolSize JUMELAGE_DB_REPLICA_POOL_SIZE: connections to the replica at most; 0:
 *     HikariCP's default (10)
 * @param readPrimaryAfterWrite JUMELAGE_DB_REPLICA_READ_PRIMARY_AFTER_WRITE: how long a browser's
 *     requests read the primary after one of its requests wrote (longer than the replica's usual
 *     lag); 0 turns it off
 */
@ConfigurationProperties("jumelage.db.replica")
record DatabaseReplicaProperties(
        String url,
        @Nullable String username,
        @Nullable String password,
        @DefaultValue("0") int maximumPoolSize,
        @DefaultValue("5s") Duration readPrimaryAfterWrite) {}
