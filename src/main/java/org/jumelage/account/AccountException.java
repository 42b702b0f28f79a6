package org.jumelage.account;

import org.jumelage.shared.BusinessException;

/** A refusal of the account module. The static factories name every kind with its code and message key. */
public final class AccountException extends BusinessException {

    private AccountException(Kind kind, String code, Object... arguments) {
        super(kind, code, "error." + code, arguments);
    }

    public static AccountException emailTaken(String email) {
        return new AccountException(Kind.CONFLICT, "account.email-taken", email);
    }

    public static AccountException passwordTooShort(int minLength) {
        return new AccountException(Kind.INVALID, "account.password-too-short", minLength);
    }

    public static AccountException passwordTooLong(int maxLength) {
        return new AccountException(Kind.INVALID, "account.password-too-long", maxLength);
    }

    public static AccountException passwordIsEmail() {
        return new AccountException(Kind.INVALID, "account.password-is-email");
    }

    public static AccountException passwordCommon() {
        return new AccountException(Kind.INVALID, "account.password-common");
    }

    public static AccountException wrongCurrentPassword() {
        return new AccountException(Kind.INVALID, "account.wrong-current-password");
    }

    public static AccountException noRole() {
        return new AccountException(Kind.INVALID, "account.no-role");
    }

    public static AccountException lastAdministrator() {
        return new AccountException(Kind.CONFLICT, "account.last-administrator");
    }

    public static AccountException cannotDisableSelf() {
        return new AccountException(Kind.CONFLICT, "account.cannot-disable-self");
    }

    public static AccountException userNotFound(long id) {
        return new AccountException(Kind.NOT_FOUND, "account.user-not-found", id);
    }

    public static AccountException tokenNotFound(long id) {
        return new AccountException(Kind.NOT_FOUND, "account.token-not-found", id);
    }

    public static AccountException invalidEmail(String email) {
        return new AccountException(Kind.INVALID, "account.invalid-email", email);
    }

    public static AccountException invalidName() {
        return new AccountException(Kind.INVALID, "account.invalid-name");
    }

    public static AccountException unsupportedLanguage(String language) {
        return new AccountException(Kind.INVALID, "account.unsupported-language", language);
    }

    public static AccountException passwordResetInvalid() {
        return new AccountException(Kind.INVALID, "account.password-reset-invalid");
    }
}
