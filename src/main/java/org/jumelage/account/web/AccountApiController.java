package org.jumelage.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.jumelage.account.AccountException;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.ApiTokenSummary;
import org.jumelage.account.CreatedApiToken;
import org.jumelage.account.IsAdministrator;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.account.UserSummary;
import org.jumelage.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of accounts: the caller's own account and tokens, and user administration for administrators. */
@RestController
@RequestMapping("/api/v1")
class AccountApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final AccountManagement accounts;

    AccountApiController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    /** One page of a list, with the numbers a client needs to fetch the next. */
    record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
        static <T> PageOf<T> of(Page<T> page) {
            return new PageOf<>(
                    page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
        }
    }

    record TokenRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
            String name) {}

    record RolesRequest(
            @NotNull(message = "{validation.required}") Set<Role> roles) {}

    record EnabledRequest(
            @NotNull(message = "{validation.required}") Boolean enabled) {}

    @GetMapping("/me")
    UserSummary me(@AuthenticationPrincipal SignedInUser me) {
        return load(me.id());
    }

    @GetMapping("/me/tokens")
    List<ApiTokenSummary> myTokens(@AuthenticationPrincipal SignedInUser me) {
        return accounts.listApiTokens(me.id());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/me/tokens")
    ResponseEntity<CreatedApiToken> createToken(
            @AuthenticationPrincipal SignedInUser me, @Valid @RequestBody TokenRequest request) {
        CreatedApiToken created = accounts.createApiToken(me.id(), request.name());
        return ResponseEntity.created(
                        URI.create("/api/v1/me/tokens/" + created.token().id()))
                .body(created);
    }

    @DeleteMapping("/me/tokens/{id}")
    ResponseEntity<Void> revokeToken(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        accounts.revokeApiToken(me.id(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/users")
    @IsAdministrator
    PageOf<UserSummary> users(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return PageOf.of(accounts.listUsers(q, Paging.page(page, size, MAX_PAGE_SIZE)));
    }

    @GetMapping("/users/{id}")
    @IsAdministrator
    UserSummary user(@PathVariable long id) {
        return load(id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/users")
    @IsAdministrator
    ResponseEntity<UserSummary> createUser(@Valid @RequestBody CreateUserForm form) {
        UserSummary user = accounts.createUser(form.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(user);
    }

    @PutMapping("/users/{id}/roles")
    @IsAdministrator
    UserSummary setRoles(@PathVariable long id, @Valid @RequestBody RolesRequest request) {
        return accounts.setRoles(id, request.roles());
    }

    @PutMapping("/users/{id}/enabled")
    @IsAdministrator
    UserSummary setEnabled(@PathVariable long id, @Valid @RequestBody EnabledRequest request) {
        return accounts.setEnabled(id, request.enabled());
    }

    private UserSummary load(long id) {
        return accounts.findUser(id).orElseThrow(() -> AccountException.userNotFound(id));
    }
}
