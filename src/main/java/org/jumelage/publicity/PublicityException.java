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

    /** Only coordinators and administrators write articles. */
    public static PublicityException newsWriterRequired() {
        return new PublicityException(Kind.FORBIDDEN, "publicity.news.writer-required", "");
    }

    public static PublicityException newsStaleVersion() {
        return new PublicityException(Kind.CONFLICT, "publicity.news.stale-version", "version");
    }

    public static PublicityException newsTitleRequired() {
        return new PublicityException(Kind.INVALID, "publicity.news.title-required", "titleEn");
    }

    public static PublicityException newsTextTooLong(String field, int max) {
        return new PublicityException(Kind.INVALID, "publicity.news.text-too-long", field, max);
    }

    public static PublicityException newsTooManyTags(int max) {
        return new PublicityException(Kind.INVALID, "publicity.news.too-many-tags", "tags", max);
    }

    public static PublicityException newsTagTooLong(String tag, int max) {
        return new PublicityException(Kind.INVALID, "publicity.news.tag-too-long", "tags", tag, max);
    }

    public static PublicityException newsSlugInvalid(String slug, int max) {
        return new PublicityException(Kind.INVALID, "publicity.news.slug-invalid", "slug", slug, max);
    }

    public static PublicityException newsSlugTaken(String slug, long otherArticleId) {
        return new PublicityException(Kind.CONFLICT, "publicity.news.slug-taken", "slug", slug, otherArticleId);
    }

    /** @param earliest the earliest date accepted, ISO 8601 */
    public static PublicityException newsDateTooEarly(String earliest) {
        return new PublicityException(Kind.INVALID, "publicity.news.date-too-early", "publishAt", earliest);
    }

    /** @param latest the latest date accepted, ISO 8601 */
    public static PublicityException newsDateTooLate(String latest) {
        return new PublicityException(Kind.INVALID, "publicity.news.date-too-late", "publishAt", latest);
    }

    public static PublicityException newsUnknownProject(long id) {
        return new PublicityException(Kind.INVALID, "publicity.news.unknown-project", "projectId", id);
    }

    public static PublicityException newsUnknownEvent(long id) {
        return new PublicityException(Kind.INVALID, "publicity.news.unknown-event", "eventId", id);
    }

    public static PublicityException newsEventOfOtherProject(long eventId, long projectId) {
        return new PublicityException(
                Kind.INVALID, "publicity.news.event-of-other-project", "eventId", eventId, projectId);
    }

    /** Markdown with a {@code <script>} element; {@code found} is what was found, as written. */
    public static PublicityException newsMarkdownScript(String field, String found) {
        return new PublicityException(Kind.INVALID, "publicity.news.markdown-script", field, found);
    }

    /** Markdown with an {@code <iframe>}, {@code <object>} or {@code <embed>} element. */
    public static PublicityException newsMarkdownFrame(String field, String found) {
        return new PublicityException(Kind.INVALID, "publicity.news.markdown-frame", field, found);
    }

    /** A link or image whose target uses {@code javascript:}, {@code data:} or {@code vbscript:}. */
    public static PublicityException newsMarkdownLinkScheme(String field, String scheme) {
        return new PublicityException(Kind.INVALID, "publicity.news.markdown-link-scheme", field, scheme);
    }

    /** An event handler attribute such as {@code onerror=}. */
    public static PublicityException newsMarkdownEventHandler(String field, String attribute) {
        return new PublicityException(Kind.INVALID, "publicity.news.markdown-event-handler", field, attribute);
    }

    public static PublicityException newsImageRequired() {
        return new PublicityException(Kind.INVALID, "publicity.news.image-required", "file");
    }

    /** @param maxMegabytes the limit in MB */
    public static PublicityException newsImageTooLarge(long maxMegabytes) {
        return new PublicityException(Kind.INVALID, "publicity.news.image-too-large", "file", maxMegabytes);
    }

    public static PublicityException newsImageNotAnImage() {
        return new PublicityException(Kind.INVALID, "publicity.news.image-not-an-image", "file");
    }

    public static PublicityException newsImageUnreadable() {
        return new PublicityException(Kind.INVALID, "publicity.news.image-unreadable", "file");
    }

    /** @param maxMegapixels the limit in millions of pixels */
    public static PublicityException newsImageTooManyPixels(int width, int height, long maxMegapixels) {
        return new PublicityException(
                Kind.INVALID,
                "publicity.news.image-too-many-pixels",
                "file",
                String.valueOf(width),
                String.valueOf(height),
                maxMegapixels);
    }

    public static PublicityException newsImageAltRequired() {
        return new PublicityException(Kind.INVALID, "publicity.news.image-alt-required", "altEn");
    }

    public static PublicityException newsImageAltTooLong(String field, int max) {
        return new PublicityException(Kind.INVALID, "publicity.news.image-alt-too-long", field, max);
    }

    public static PublicityException newsVersionRequired() {
        return new PublicityException(Kind.INVALID, "publicity.news.version-required", "version");
    }

    public static PublicityException newsUnknownStatus(String status) {
        return new PublicityException(Kind.INVALID, "publicity.news.unknown-status", "status", status);
    }

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

    /**
     * Nothing public at this address: a project, event, article or organisation that is not
     * published (or no longer), deleted, or never existed. The public site answers each the same way.
     */
    public static PublicityException publicPageNotFound() {
        return new PublicityException(Kind.NOT_FOUND, "publicity.site.not-found", "");
    }

    // --- end site ----------------------------------------------------------------------------------

    // --- feeds (helper "feeds") --------------------------------------------------------------------

    /** A feed asked for in a language we do not write: {@code ?lang=} must name a language of {@code Languages.ALL}. */
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
