package org.jumelage.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.jumelage.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.PageRequest;

/**
 * The user queries against the real schema (Flyway, per-module migrations), on H2 by default and
 * on PostgreSQL with -Ppostgres. Each test runs in a transaction that is rolled back.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class UserRepositoryTests {

    @Autowired
    UserRepository users;

    final String tag = UUID.randomUUID().toString().substring(0, 8);

    User save(String email, String name, boolean enabled, Role... roles) {
        User user = new User(email, name, "{noop}x", "lv", EnumSet.of(roles[0], roles), Instant.now());
        if (!enabled) {
            user.disable();
        }
        return users.saveAndFlush(user);
    }

    @Test
    void findsByEmailIgnoringCase() {
        save("Jana." + tag + "@Example.org", "Jana", true, Role.COORDINATOR);

        assertThat(users.findByEmailKey(User.emailKey("JANA." + tag + "@EXAMPLE.ORG")))
                .isPresent();
        assertThat(users.existsByEmailKey(User.emailKey(" jana." + tag + "@example.org ")))
                .isTrue();
    }

    @Test
    void theDatabaseRefusesTheSameEmailTwiceWhateverTheCase() {
        save("twice." + tag + "@example.org", "One", true, Role.PARTNER);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> save("TWICE." + tag + "@example.org", "Two", true, Role.PARTNER))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void searchesEmailAndNameIgnoringCaseOrderedByEmail() {
        save("b-" + tag + "@example.org", "Zane Ozola", true, Role.PARTNER);
        save("a-" + tag + "@example.org", "Ilze " + tag.toUpperCase(), true, Role.PARTNER);
        save("c@other.example.org", "Nobody", true, Role.PARTNER);

        assertThat(users.search(tag, PageRequest.of(0, 10)).map(User::email))
                .containsExactly("a-" + tag + "@example.org", "b-" + tag + "@example.org");
        assertThat(users.search("ZANE OZ", PageRequest.of(0, 10)).map(User::email))
                .contains("b-" + tag + "@example.org");
    }

    @Test
    void countsOnlyEnabledUsersWithTheRole() {
        long before = users.countEnabledWithRole(Role.ADMIN);
        save("admin1-" + tag + "@example.org", "A", true, Role.ADMIN, Role.COORDINATOR);
        save("admin2-" + tag + "@example.org", "B", false, Role.ADMIN);
        save("coord-" + tag + "@example.org", "C", true, Role.COORDINATOR);

        assertThat(users.countEnabledWithRole(Role.ADMIN)).isEqualTo(before + 1);
    }
}
