package org.jumelage.account.domain;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import org.jumelage.account.AccountException;
import org.jumelage.account.AccountManagement;

/**
 * What a password must be: at least 12 characters (NIST SP 800-63B, §3.1.1.2, asks for at least 8
 * and recommends checking against known breached and common passwords), at most 200, not the
 * e-mail, and not in the built-in list of common passwords (the list of about 100,000 passwords
 * that ships with the nbvcxz library), compared ignoring letter case.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = AccountManagement.MIN_PASSWORD_LENGTH;
    static final int MAX_LENGTH = 200;
    private static final String COMMON_PASSWORDS_DICTIONARY = "passwords";

    private final Set<String> commonPasswords;

    PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = commonPasswords.stream()
                .map(word -> word.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The policy with the built-in list of common passwords. */
    static PasswordPolicy withBuiltInList() {
        Dictionary dictionary = ConfigurationBuilder.getDefaultDictionaries().stream()
                .filter(candidate -> COMMON_PASSWORDS_DICTIONARY.equals(candidate.getDictionaryName()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The nbvcxz library has no '" + COMMON_PASSWORDS_DICTIONARY
                        + "' dictionary any more; pick another list"));
        return new PasswordPolicy(dictionary.getDictonary().keySet());
    }

    /**
     * Checks a new password.
     *
     * @throws AccountException with the reason when the password is refused
     */
    void check(String password, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw AccountException.passwordTooShort(MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw AccountException.passwordTooLong(MAX_LENGTH);
        }
        String lowerCase = password.toLowerCase(Locale.ROOT);
        if (lowerCase.equals(email.strip().toLowerCase(Locale.ROOT))) {
            throw AccountException.passwordIsEmail();
        }
        if (commonPasswords.contains(lowerCase)) {
            throw AccountException.passwordCommon();
        }
    }

    boolean isCommon(String password) {
        return commonPasswords.contains(password.toLowerCase(Locale.ROOT));
    }
}
