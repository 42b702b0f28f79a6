package org.jumelage.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Set;
import org.jumelage.account.Role;
import org.jumelage.account.UserSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AdministratorProvisioningTests {

    final DefaultAccountManagement accounts = mock(DefaultAccountManagement.class);
    final UserSummary admin =
            new UserSummary(7, "admin@localhost", "Administrator", "en", Set.of(Role.ADMIN), true, null, Instant.EPOCH);

    @Test
    void withoutSettingsCreatesAdminAtLocalhostAndLogsTheRandomPasswordOnce(CapturedOutput output) {
        when(accounts.hasAnyUser()).thenReturn(false);
        when(accounts.createFirstAdministrator(eq("admin@localhost"), anyString()))
                .thenReturn(admin);

        new AdministratorProvisioning(accounts, new AdministratorProperties("", "", "")).run(null);

        ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
        verify(accounts).createFirstAdministrator(eq("admin@localhost"), password.capture());
        assertThat(password.getValue()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(output.getOut()).contains("admin@localhost").contains(password.getValue());
        verify(accounts, never()).provisionApiToken(org.mockito.ArgumentMatchers.anyLong(), anyString(), anyString());
    }

    @Test
    void usesTheConfiguredAdministratorAndApiTokenAndNeverLogsThePassword(CapturedOutput output) {
        String token = "abcdefghijklmnopqrstuvwxyz0123456789";
        when(accounts.hasAnyUser()).thenReturn(false);
        when(accounts.createFirstAdministrator("office@daugavpils.example.org", "Configured-Password-1"))
                .thenReturn(admin);

        new AdministratorProvisioning(
                        accounts,
                        new AdministratorProperties("office@daugavpils.example.org", "Configured-Password-1", token))
                .run(null);

        verify(accounts).provisionApiToken(7, "JUMELAGE_ADMIN_API_TOKEN", token);
        assertThat(output.getOut()).doesNotContain("Configured-Password-1").doesNotContain(token);
    }

    @Test
    void doesNothingWhenUsersExist() {
        when(accounts.hasAnyUser()).thenReturn(true);

        new AdministratorProvisioning(accounts, new AdministratorProperties("", "", "")).run(null);

        verify(accounts).hasAnyUser();
        verifyNoMoreInteractions(accounts);
    }

    @Test
    void refusesToStartWithATooShortApiToken() {
        when(accounts.hasAnyUser()).thenReturn(false);

        assertThatThrownBy(() -> new AdministratorProvisioning(
                                accounts, new AdministratorProperties("", "", "short-token"))
                        .run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JUMELAGE_ADMIN_API_TOKEN");
    }
}
