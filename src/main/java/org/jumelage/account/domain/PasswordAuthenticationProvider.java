package org.jumelage.account.domain;

import java.util.Optional;
import org.jumelage.account.SignedInUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs a person in with e-mail and password, throttled by {@link SignInThrottle}. Whatever goes
 * wrong (unknown e-mail, wrong password, disabled account) fails the same way, so that a failure
 * never tells whether an e-mail is registered; a disabled account is only checked after the
 * password matched. Every outcome is audited.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private static final String UNKNOWN_ADDRESS = "unknown";

    /**
     * The longest e-mail key an account can have (the width of {@code user_account.email_key}). A
     * longer one is nobody's: it fails like any unknown e-mail, counted under its first characters.
     */
    static final int MAX_EMAIL_KEY_LENGTH = 254;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final DatabaseAuditTrail auditTrail;
    private final String dummyHash;

    PasswordAuthenticationProvider(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            DatabaseAuditTrail auditTrail) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.auditTrail = auditTrail;
        // Compared against when the e-mail is unknown, so that both cases take as long.
        this.dummyHash = passwordEncoder.encode("unknown-user-timing-equaliser");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = String.valueOf(authentication.getName());
        String typedKey = User.emailKey(email);
        boolean possible = typedKey.length() <= MAX_EMAIL_KEY_LENGTH;
        String emailKey = possible ? typedKey : typedKey.substring(0, MAX_EMAIL_KEY_LENGTH);
        String password = String.valueOf(authentication.getCredentials());
        String address = remoteAddress(authentication);

        throttle.checkAllowed(emailKey, address);

        Optional<User> user = possible ? users.findByEmailKey(emailKey) : Optional.empty();
        boolean passwordMatches =
                passwordEncoder.matches(password, user.map(User::passwordHash).orElse(dummyHash));
        if (user.isEmpty() || !passwordMatches || !user.get().isEnabled()) {
            String reason =
                    user.isEmpty() ? "unknown e-mail" : !passwordMatches ? "wrong password" : "account disabled";
            auditTrail.recordAs(emailKey, "account.sign-in.failed", emailKey, reason, address);
            throttle.recordFailure(emailKey, address);
            throw new BadCredentialsException("Bad credentials");
        }

        throttle.recordSuccess(emailKey, address);
        SignedInUser principal = user.get().toSignedInUser();
        auditTrail.recordAs(principal.email(), "account.sign-in.succeeded", principal.email(), null, address);
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                principal,
                null,
                principal.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String remoteAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return UNKNOWN_ADDRESS;
    }
}
