package org.jumelage.shared;

import java.util.List;

/**
 * A rule of the business refused a request. Each kind of refusal is its own subclass with a stable
 * {@link #code() code} (used in API answers and logs) and a {@link #messageKey() message key} that
 * the pages and the API translate into the user's language.
 */
public abstract class BusinessException extends RuntimeException {

    /** How a refusal is reported over HTTP. */
    public enum Kind {
        /** The input breaks a rule (HTTP 422). */
        INVALID,
        /** The input clashes with stored data (HTTP 409). */
        CONFLICT,
        /** The thing asked for does not exist (HTTP 404). */
        NOT_FOUND,
        /** The caller may not do this (HTTP 403). */
        FORBIDDEN
    }

    private final String code;
    private final String messageKey;
    private final Kind kind;
    private final List<Object> arguments;
    private final String field;

    protected BusinessException(Kind kind, String code, String messageKey, Object... arguments) {
        this(kind, code, messageKey, "", arguments);
    }

    /**
     * @param field the input field the refusal concerns (API property and form field name), or
     *     {@code ""} when it concerns the request as a whole
     */
    protected BusinessException(Kind kind, String code, String messageKey, String field, Object... arguments) {
        super(code);
        this.kind = kind;
        this.code = code;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    /** The input field the refusal concerns, or {@code ""} for the request as a whole. */
    public String field() {
        return field;
    }

    /** Stable machine-readable code, for example {@code account.email-taken}. */
    public String code() {
        return code;
    }

    /** Key of the message bundle entry that explains the refusal. */
    public String messageKey() {
        return messageKey;
    }

    /** Arguments of the message, in the order the bundle entry uses them. */
    public Object[] arguments() {
        return arguments.toArray();
    }

    public Kind kind() {
        return kind;
    }
}
