package org.jumelage.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jumelage.account.AccountException;
import org.jumelage.account.NewUser;
import org.jumelage.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

/** The account rules that depend on the rest of the user base, against mocked repositories. */
class DefaultAccountManagementTests {

    final UserRepository users = mock(UserRepository.class);
    final ApiTokenRepository tokens = mock(ApiTokenRepository.class);
    final DatabaseAuditTrail auditTrail = mock(DatabaseAuditTrail.class);
    final Clock clock = Clock.fixed(Instant.parse("2018-11-08T09:00:00Z"), ZoneOffset.UTC);
    DefaultAccountManagement accounts;

    @BeforeEach
    void setUp() {
        accounts = new DefaultAccountManagement(
                users,
                tokens,
                NoOpPasswordEncoder.getInstance(),
                new PasswordPolicy(Set.of("common-password-1")),
                new ApiTokenSecrets(),
                auditTrail,
                mock(PasswordChanges.class),
                clock);
    }

    private User admin() {
        User admin = new User("admin@example.org", "Admin", "x", "en", EnumSet.of(Role.ADMIN), clock.instant());
        ReflectionTestUtils.setField(admin, "id", 1L);
        return admin;
    }

    @Test
    void refusesToTakeAdminRoleFromTheLastAdministrator() {
        when(users.findById(1L)).thenReturn(Optional.of(admin()));
        when(users.countEnabledWithRole(Role.ADMIN)).thenReturn(1L);

        assertThatThrownBy(() -> accounts.setRoles(1L, Set.of(Role.COORDINATOR)))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.code()).isEqualTo("account.last-administrator"));
        verify(auditTrail, never()).record(any(), any(), any());
    }

    @Test
    void takesAdminRoleWhenAnotherAdministratorRemains() {
        User admin = admin();
        when(users.findById(1L)).thenReturn(Optional.of(admin));
        when(users.countEnabledWithRole(Role.ADMIN)).thenReturn(2L);

        accounts.setRoles(1L, Set.of(Role.COORDINATOR));

        assertThat(admin.hasRole(Role.ADMIN)).isFalse();
        verify(auditTrail).record("account.user.roles-changed", "admin@example.org", "roles [COORDINATOR]");
    }

    @Test
    void refusesToDisableTheLastAdministrator() {
        when(users.findById(1L)).thenReturn(Optional.of(admin()));
        when(users.countEnabledWithRole(Role.ADMIN)).thenReturn(1L);

        assertThatThrownBy(() -> accounts.setEnabled(1L, false))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.code()).isEqualTo("account.last-administrator"));
    }

    @Test
    void refusesAnEmptyRoleSet() {
        when(users.findById(1L)).thenReturn(Optional.of(admin()));

        assertThatThrownBy(() -> accounts.setRoles(1L, Set.of()))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.code()).isEqualTo("account.no-role"));
    }

    @Test
    void refusesATakenEmailIgnoringCase() {
        when(users.existsByEmailKey("jana@example.org")).thenReturn(true);

        assertThatThrownBy(() -> accounts.createUser(
                        new NewUser(" Jana@Example.ORG ", "Jana", "Long-enough-password", "lv", Set.of(Role.PARTNER))))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.code()).isEqualTo("account.email-taken"));
        verify(users, never()).save(any());
    }

    @Test
    void refusesACommonPasswordBeforeStoringAnything() {
        assertThatThrownBy(() -> accounts.createUser(
                        new NewUser("jana@example.org", "Jana", "Common-Password-1", "lv", Set.of(Role.PARTNER))))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.code()).isEqualTo("account.password-common"));
        verify(users, never()).save(any());
    }

    @Test
    void refusesAnUnsupportedLanguage() {
        // Polish is a participants' language, not (yet) one of the staff interface: its bundle is not complete.
        assertThatThrownBy(() -> accounts.createUser(
                        new NewUser("jana@example.org", "Jana", "Long-enough-password", "pl", Set.of(Role.PARTNER))))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.code()).isEqualTo("account.unsupported-language"));
    }

    @Test
    void refusesSomethingThatIsNotAnEmail() {
        assertThatThrownBy(() -> accounts.createUser(
                        new NewUser("jana at example", "Jana", "Long-enough-password", "lv", Set.of(Role.PARTNER))))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.code()).isEqualTo("account.invalid-email"));
    }
}
