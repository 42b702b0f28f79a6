package org.jumelage.publicity.web;

import com.ibm.icu.util.ULocale;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsMarkdown;
import org.jumelage.publicity.PublicityException;
import org.jumelage.publicity.domain.PublicPageVersion;
import org.jumelage.shared.EuEmblem;
import org.jumelage.shared.Languages;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.web.LanguageChoice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every public page shares: its language from the address, the absolute addresses of the page
 * in every language of {@link Languages#ALL} (canonical, {@code hreflang}, Open Graph), texts in the reader's language with
 * the fallback marked, the EU emblem, and HTTP caching (entity tag, {@code Last-Modified},
 * {@code Cache-Control}) with the 304 answer.
 */
@Component
class PublicPages {

    /** Public pages may be kept by browsers and shared caches for a minute, then revalidated. */
    static final CacheControl CACHE_CONTROL =
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().mustRevalidate();

    /** The site's dates are the dates of its readers in Latvia. */
    static final ZoneId ZONE = ZoneId.of("Europe/Riga");

    /** The language of {@code x-default}: what a reader whose language the site does not have gets. */
    static final String DEFAULT_LANGUAGE = "en";

    private final NewsMarkdown markdown;
    private final String publicUrl;
    private final String release;
    private final Map<String, String> emblems;

    PublicPages(
            @Value("${jumelage.public-url:http://localhost:8080}") String publicUrl,
            ObjectProvider<BuildProperties> buildProperties,
            MessageSource messages,
            NewsMarkdown markdown) {
        this.markdown = markdown;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        BuildProperties build = buildProperties.getIfAvailable();
        // Without build information (running from an IDE) every start counts as a new release.
        this.release = build == null ? "started " + Instant.now() : build.getVersion() + " " + build.getTime();
        Map<String, String> svgs = new LinkedHashMap<>();
        for (String language : Languages.ALL) {
            svgs.put(
                    language,
                    EuEmblem.svg(messages.getMessage("publicity.site.emblem", null, Languages.locale(language))));
        }
        this.emblems = Map.copyOf(svgs);
    }

    static Locale locale(String language) {
        return Languages.locale(language);
    }

    /**
     * Open Graph's locale of a language, {@code language_TERRITORY} with CLDR's likely territory
     * ({@code pl} → {@code pl_PL}, {@code en} → {@code en_GB} as the site writes British English).
     */
    static String ogLocale(String language) {
        if (DEFAULT_LANGUAGE.equals(language)) {
            return "en_GB";
        }
        ULocale likely = ULocale.addLikelySubtags(ULocale.forLanguageTag(language));
        return likely.getLanguage() + "_" + likely.getCountry();
    }

    /** Open Graph's alternate locales of a page: every other language of the site. */
    static List<String> ogAlternates(String language) {
        return Languages.ALL.stream()
                .filter(each -> !each.equals(language))
                .map(PublicPages::ogLocale)
                .toList();
    }

    static String other(String language) {
        return "lv".equals(language) ? "en" : "lv";
    }

    /** The absolute address of a public page: {@code path} is what follows the language, e.g. {@code /projects/7}. */
    String url(String language, String path) {
        return publicUrl + "/" + language + path;
    }

    /** An absolute address of the site outside the language prefix, e.g. {@code /media/news/3/lead}. */
    String absolute(String path) {
        return publicUrl + path;
    }

    /** The EU emblem as inline SVG with its accessible name in the language. */
    String emblem(String language) {
        return emblems.get(language);
    }

    /** A new page version for the page, started from the release. */
    PublicPageVersion version(String language, String page) {
        return PublicPageVersion.of(release, language + " " + page);
    }

    /**
     * Sets the caching headers, and answers whether the client's copy is current: then the response
     * is a 304 already and the controller returns {@code null}.
     */
    boolean notModified(WebRequest request, HttpServletResponse response, PublicPageVersion version) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL.getHeaderValue());
        Instant lastModified = version.lastModified();
        return request.checkNotModified(
                version.etag(), lastModified.equals(Instant.EPOCH) ? -1 : lastModified.toEpochMilli());
    }

    /**
     * Puts what the public layout needs in the model: the language, the texts helper, and the head.
     *
     * @param path what follows the language in the address, with the query when it is part of the page
     */
    void prepare(Model model, String language, String path, Head head) {
        model.addAttribute("lang", language);
        model.addAttribute("texts", new PublicTexts(locale(language)));
        model.addAttribute("head", head);
        List<LanguageChoice> links = new ArrayList<>();
        for (String other : Languages.ALL) {
            links.add(LanguageChoice.of(other, "/" + other + path, other.equals(language)));
        }
        model.addAttribute("languageLinks", links);
    }

    /** The head of an indexable page: canonical address, alternates in every language and x-default, Open Graph. */
    Head head(
            String language,
            String path,
            String title,
            @Nullable String description,
            String ogType,
            @Nullable String image,
            @Nullable String imageAlt) {
        List<Alternate> alternates = new ArrayList<>();
        for (String each : Languages.ALL) {
            alternates.add(new Alternate(each, url(each, path)));
        }
        alternates.add(new Alternate("x-default", url(DEFAULT_LANGUAGE, path)));
        return new Head(
                title,
                description,
                url(language, path),
                alternates,
                ogType,
                ogLocale(language),
                ogAlternates(language),
                image,
                imageAlt,
                true,
                null,
                null,
                List.of());
    }

    /** The head of a page search engines should not keep (the 404 page). */
    Head unindexed(String language, String title) {
        return new Head(
                title,
                null,
                null,
                List.of(),
                "website",
                ogLocale(language),
                ogAlternates(language),
                null,
                null,
                false,
                null,
                null,
                List.of());
    }

    /** {@code ?page=} of a public list as a page number from 1; anything else is no page of the list (404). */
    static int pageNumber(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        if (!text.matches("[1-9]\\d{0,5}")) {
            throw PublicityException.publicPageNotFound();
        }
        return Integer.parseInt(text);
    }

    /** The path with a query built from the pairs, leaving out null values; values are encoded. */
    static String withQuery(String path, Object... pairs) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                builder.queryParam(String.valueOf(pairs[i]), pairs[i + 1]);
            }
        }
        return builder.encode().build().toUriString();
    }

    /** Articles as the lists show them: title, date, lead image, the beginning of the text. */
    List<NewsItem> newsItems(List<NewsArticle> articles, Locale locale) {
        PublicTexts texts = new PublicTexts(locale);
        return articles.stream()
                .map(article -> {
                    PublicText body = texts.of(article.bodies());
                    return new NewsItem(
                            article,
                            texts.of(article.titles()),
                            new PublicText(markdown.toPlainText(body.text(), 240), body.lang(), body.fallback()),
                            date(article.publishAt()),
                            article.image() == null ? null : leadImage(article),
                            article.image() == null
                                    ? null
                                    : texts.of(article.image().alt()));
                })
                .toList();
    }

    /** Articles change a page when they are edited and when their publication date comes. */
    static void changes(PublicPageVersion version, List<NewsArticle> articles) {
        for (NewsArticle article : articles) {
            version.changedAt(article.updatedAt()).changedAt(article.publishAt());
        }
    }

    /** Where the news module serves an article's lead image. */
    static String leadImage(NewsArticle article) {
        return "/media/news/" + article.id() + "/lead";
    }

    /** The day of an instant in the site's time zone, or {@code null}. */
    static @Nullable LocalDate date(@Nullable Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZONE);
    }

    /** The text shortened to at most {@code max} characters at a word boundary, with an ellipsis when cut. */
    static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }

    /** What the head of a public page says about it. */
    record Head(
            String title,
            @Nullable String description,
            @Nullable String canonical,
            List<Alternate> alternates,
            String ogType,
            String ogLocale,
            List<String> ogLocaleAlternates,
            @Nullable String image,
            @Nullable String imageAlt,
            boolean indexable,
            @Nullable String publishedTime,
            @Nullable String modifiedTime,
            List<String> tags) {

        /** The head of an article: Open Graph's {@code article:*} times (ISO 8601) and tags. */
        Head asArticle(@Nullable Instant published, Instant modified, List<String> articleTags) {
            return new Head(
                    title,
                    description,
                    canonical,
                    alternates,
                    ogType,
                    ogLocale,
                    ogLocaleAlternates,
                    image,
                    imageAlt,
                    indexable,
                    published == null
                            ? null
                            : published
                                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                                    .toString(),
                    modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                    List.copyOf(articleTags));
        }
    }

    /** An article in a list. */
    record NewsItem(
            NewsArticle article,
            PublicText title,
            PublicText excerpt,
            @Nullable LocalDate date,
            @Nullable String imageHref,
            @Nullable PublicText imageAlt) {}

    /** A {@code <link rel="alternate" hreflang>}. */
    record Alternate(String hreflang, String url) {}

    /** Texts in the page's language, else in the fallback language ({@link LocalizedText#in}) with the fallback marked. */
    record PublicTexts(Locale locale) {

        public PublicText of(@Nullable LocalizedText text) {
            if (text == null) {
                return new PublicText("", locale.getLanguage(), false);
            }
            String shown = text.languageIn(locale);
            return new PublicText(
                    text.in(locale), shown == null ? Languages.tagOf(locale) : shown, text.isFallbackIn(locale));
        }
    }

    /**
     * A text as shown: its words, the language they are in ({@code lang} attribute), and whether it
     * is the other language because the page's is missing (then the page says so).
     */
    record PublicText(String text, String lang, boolean fallback) {

        public boolean isEmpty() {
            return text.isEmpty();
        }
    }
}
