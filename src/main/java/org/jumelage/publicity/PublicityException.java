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

    /**
     * Nothing public at this address: a project, event, article or organisation that is not
     * published (or no longer), deleted, or never existed. The public site answers each the same way.
     */
    public static PublicityException publicPageNotFound() {
        return new PublicityException(Kind.NOT_FOUND, "publicity.site.not-found", "");
    }

    // --- end site ----------------------------------------------------------------------------------

    // --- feeds (helper "feeds") --------------------------------------------------------------------
    // --- end feeds ---------------------------------------------------------------------------------
}
