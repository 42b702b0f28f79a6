package org.jumelage.participation.persistence;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret behind check-in tokens, made on first use and kept in the database so that every
 * instance signs and verifies with the same key. Two instances starting at once both try to
 * insert; the loser reads the winner's key.
 */
@Repository
public class SigningKeyStore {

    private static final int KEY_ID = 1;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SigningKeyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public byte[] key() {
        return read().orElseGet(this::create);
    }

    private java.util.Optional<byte[]> read() {
        return jdbc.sql("select secret from event_signing_key where id = :id")
                .param("id", KEY_ID)
                .query(String.class)
                .optional()
                .map(Base64.getDecoder()::decode);
    }

    private byte[] create() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        try {
            jdbc.sql("insert into event_signing_key (id, secret, created_at) values (:id, :secret, :now)")
                    .param("id", KEY_ID)
                    .param("secret", Base64.getEncoder().encodeToString(secret))
                    .param("now", java.sql.Timestamp.from(clock.instant()))
                    .update();
            return secret;
        } catch (DuplicateKeyException raced) {
            return read().orElseThrow();
        }
    }
}
