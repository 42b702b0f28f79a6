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
    // --- end drafts --------------------------------------------------------------------------------

    // --- site (helper "site") ----------------------------------------------------------------------
    // --- end site ----------------------------------------------------------------------------------

    // --- feeds (helper "feeds") --------------------------------------------------------------------

    /** A feed asked for in a language we do not write: {@code ?lang=} must be lv or en. */
    public static PublicityException unknownFeedLanguage(String language) {
        // The refusal repeats what was asked for, shortened: it is not a place to echo long input.
        String shown = language.length() > 20 ? language.substring(0, 20) + "…" : language;
        return new PublicityException(Kind.INVALID, "publicity.feeds.unknown-language", "lang", shown);
    }

    /** A feed of a project that does not exist or is not public. */
    public static PublicityException feedProjectNotFound(long projectId) {
        return new PublicityException(
                Kind.NOT_FOUND, "publicity.feeds.project-not-found", "", String.valueOf(projectId));
    }

    // --- end feeds ---------------------------------------------------------------------------------
}
