package org.jumelage.event;

/**
 * One thing wrong with a registration request, found without storing anything.
 *
 * @param field the request's field ({@code firstName}, {@code email}, {@code country} ...)
 * @param messageKey the message key, formatted with {@code arguments} in the user's language
 */
public record RegistrationProblem(String field, String messageKey, Object... arguments) {}
