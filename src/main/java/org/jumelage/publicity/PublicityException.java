package org.jumelage.publicity;

import org.jumelage.shared.BusinessException;

/** A refusal of the publicity module: one factory per rule, each with a stable code, message key and field. */
public final class PublicityException extends BusinessException {

    private PublicityException(Kind kind, String code, String field, Object... arguments) {
        super(kind, code, "error." + code, field, arguments);
    }

    public static PublicityException notAllowed() {
        return new PublicityException(Kind.FORBIDDEN, "publicity.not-allowed", "");
    }

    public static PublicityException projectNotFound(long id) {
        return new PublicityException(Kind.NOT_FOUND, "publicity.project-not-found", "", id);
    }

    public static PublicityException eventNotFound(long id) {
        return new PublicityException(Kind.NOT_FOUND, "publicity.event-not-found", "", id);
    }

    public static PublicityException articleNotFound(long id) {
        return new PublicityException(Kind.NOT_FOUND, "publicity.article-not-found", "", id);
    }

    public static PublicityException publishedRequired() {
        return new PublicityException(Kind.INVALID, "publicity.published-required", "published");
    }

    // --- news (helper "news") ----------------------------------------------------------------------
    // --- end news ----------------------------------------------------------------------------------

    // --- drafts (helper "drafts") ------------------------------------------------------------------

    /** A news draft was asked for without saying the language. */
    public static PublicityException draftLanguageRequired() {
        return new PublicityException(Kind.INVALID, "publicity.draft.language-required", "language");
    }

    /**
     * A news draft was asked for in a language other than {@code lv} and {@code en}.
     *
     * @param given the language as asked, cut to 20 characters for the message
     */
    public static PublicityException draftLanguageUnknown(String given) {
        String shown = given.length() > 20 ? given.substring(0, 20) + "…" : given;
        return new PublicityException(Kind.INVALID, "publicity.draft.language-unknown", "language", shown);
    }

    // --- end drafts --------------------------------------------------------------------------------

    // --- site (helper "site") ----------------------------------------------------------------------
    // --- end site ----------------------------------------------------------------------------------

    // --- feeds (helper "feeds") --------------------------------------------------------------------
    // --- end feeds ---------------------------------------------------------------------------------
}
