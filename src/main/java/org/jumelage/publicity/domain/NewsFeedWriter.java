package org.jumelage.publicity.domain;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsImage;
import org.jumelage.publicity.NewsMarkdown;
import org.jumelage.publicity.PublicFeeds.NewsFormat;
import org.jumelage.shared.Languages;
import org.jumelage.shared.LocalizedText;

/**
 * Writes the news feed with ROME: RSS 2.0 or Atom 1.0 of the given public articles in one language.
 * Each item has its title and text in the feed's language or, where the article lacks it, in the
 * other one, and says which (Atom {@code xml:lang}, RSS {@code dc:language}); the summary is plain
 * text, the content the article's sanitised HTML. What ROME does not model (the RSS channel's
 * {@code atom:link rel="self"}, {@code xml:lang} on Atom entries) is added to its JDOM document.
 */
final class NewsFeedWriter {

    /** Characters of the plain-text summary of an item. */
    static final int SUMMARY_LENGTH = 300;

    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    private static final String GENERATOR = "Jumelage";

    /** What the feed says about itself, in its language. */
    record About(String title, String description, String author, String alternate, String self, Instant updated) {}

    private final FeedAddresses addresses;
    private final NewsMarkdown markdown;

    NewsFeedWriter(FeedAddresses addresses, NewsMarkdown markdown) {
        this.addresses = addresses;
        this.markdown = markdown;
    }

    byte[] write(NewsFormat format, About channel, List<NewsArticle> articles, Locale language) {
        try {
            return switch (format) {
                case RSS -> serialise(rss(channel, articles, language), rssSelfLink(channel));
                case ATOM ->
                    serialise(
                            atom(channel, articles, language),
                            document -> markAtomLanguages(document, articles, language));
            };
        } catch (FeedException e) {
            throw new IllegalStateException("ROME refused the news feed", e);
        }
    }

    // --- RSS 2.0 ------------------------------------------------------------------------------------

    private com.rometools.rome.feed.rss.Channel rss(About about, List<NewsArticle> articles, Locale language) {
        var channel = new com.rometools.rome.feed.rss.Channel("rss_2.0");
        channel.setTitle(about.title());
        channel.setDescription(about.description());
        channel.setLink(about.alternate());
        channel.setLanguage(Languages.tagOf(language));
        channel.setLastBuildDate(Date.from(about.updated()));
        channel.setPubDate(Date.from(about.updated()));
        channel.setGenerator(GENERATOR);
        List<Item> items = new ArrayList<>();
        for (NewsArticle article : articles) {
            items.add(rssItem(article, language));
        }
        channel.setItems(items);
        return channel;
    }

    private Item rssItem(NewsArticle article, Locale language) {
        Item item = new Item();
        item.setTitle(article.titles().in(language));
        item.setLink(addresses.article(language, article.slug()));
        Guid guid = new Guid();
        guid.setValue(addresses.articleTag(article.id(), article.createdAt(), language));
        guid.setPermaLink(false);
        item.setGuid(guid);
        item.setPubDate(Date.from(published(article)));
        var description = new com.rometools.rome.feed.rss.Description();
        description.setType("text/plain");
        description.setValue(summary(article, language));
        item.setDescription(description);
        var content = new com.rometools.rome.feed.rss.Content();
        content.setType(com.rometools.rome.feed.rss.Content.HTML);
        content.setValue(markdown.toSafeHtml(article.bodies().in(language)));
        item.setContent(content);
        List<com.rometools.rome.feed.rss.Category> categories = new ArrayList<>();
        for (String tag : article.tags()) {
            var category = new com.rometools.rome.feed.rss.Category();
            category.setValue(tag);
            categories.add(category);
        }
        item.setCategories(categories);
        NewsImage image = article.image();
        if (image != null) {
            var enclosure = new com.rometools.rome.feed.rss.Enclosure();
            enclosure.setUrl(addresses.leadImage(article.id()));
            enclosure.setType(image.contentType());
            // The stored size is not known without reading the file; RSS readers accept 0 for "unknown".
            enclosure.setLength(0);
            item.setEnclosures(List.of(enclosure));
        }
        DCModule dc = new DCModuleImpl();
        dc.setLanguage(languageOf(article, language));
        if (!article.authorName().isBlank()) {
            dc.setCreator(article.authorName());
        }
        List<Module> modules = new ArrayList<>(item.getModules());
        modules.add(dc);
        item.setModules(modules);
        return item;
    }

    private static java.util.function.Consumer<Document> rssSelfLink(About about) {
        return document -> {
            Element channel = document.getRootElement().getChild("channel");
            Element self = new Element("link", ATOM);
            self.setAttribute("href", about.self());
            self.setAttribute("rel", "self");
            self.setAttribute("type", "application/rss+xml");
            document.getRootElement().addNamespaceDeclaration(ATOM);
            // The channel's own elements come first, then the items.
            int firstItem = channel.indexOf(channel.getChild("item"));
            if (firstItem < 0) {
                channel.addContent(self);
            } else {
                channel.addContent(firstItem, self);
            }
        };
    }

    // --- Atom 1.0 -----------------------------------------------------------------------------------

    private Feed atom(About about, List<NewsArticle> articles, Locale language) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(about.self());
        feed.setTitle(about.title());
        feed.setSubtitle(text(about.description()));
        feed.setLanguage(Languages.tagOf(language));
        feed.setUpdated(Date.from(about.updated()));
        feed.setAlternateLinks(List.of(link("alternate", about.alternate(), "text/html")));
        feed.setOtherLinks(List.of(link("self", about.self(), "application/atom+xml")));
        feed.setAuthors(List.of(person(about.author())));
        var generator = new com.rometools.rome.feed.atom.Generator();
        generator.setValue(GENERATOR);
        feed.setGenerator(generator);
        List<Entry> entries = new ArrayList<>();
        for (NewsArticle article : articles) {
            entries.add(atomEntry(article, language));
        }
        feed.setEntries(entries);
        return feed;
    }

    private Entry atomEntry(NewsArticle article, Locale language) {
        Entry entry = new Entry();
        entry.setId(addresses.articleTag(article.id(), article.createdAt(), language));
        entry.setTitleEx(text(article.titles().in(language)));
        entry.setAlternateLinks(List.of(link("alternate", addresses.article(language, article.slug()), "text/html")));
        entry.setPublished(Date.from(published(article)));
        entry.setUpdated(Date.from(updated(article)));
        entry.setSummary(text(summary(article, language)));
        var content = new com.rometools.rome.feed.atom.Content();
        content.setType(com.rometools.rome.feed.atom.Content.HTML);
        content.setValue(markdown.toSafeHtml(article.bodies().in(language)));
        entry.setContents(List.of(content));
        List<com.rometools.rome.feed.atom.Category> categories = new ArrayList<>();
        for (String tag : article.tags()) {
            var category = new com.rometools.rome.feed.atom.Category();
            category.setTerm(tag);
            categories.add(category);
        }
        entry.setCategories(categories);
        if (!article.authorName().isBlank()) {
            entry.setAuthors(List.of(person(article.authorName())));
        }
        NewsImage image = article.image();
        if (image != null) {
            Link enclosure = link("enclosure", addresses.leadImage(article.id()), image.contentType());
            enclosure.setTitle(image.alt().in(language));
            entry.setOtherLinks(List.of(enclosure));
        }
        return entry;
    }

    /** {@code xml:lang} on each entry (the language of its text) and on a title in the other language. */
    private static void markAtomLanguages(Document document, List<NewsArticle> articles, Locale language) {
        Namespace atom = document.getRootElement().getNamespace();
        document.getRootElement().setAttribute("lang", Languages.tagOf(language), Namespace.XML_NAMESPACE);
        List<Element> entries = document.getRootElement().getChildren("entry", atom);
        for (int i = 0; i < entries.size() && i < articles.size(); i++) {
            NewsArticle article = articles.get(i);
            Element entry = entries.get(i);
            String body = languageOf(article, language);
            entry.setAttribute("lang", body, Namespace.XML_NAMESPACE);
            String title = shownIn(article.titles(), language);
            Element titleElement = entry.getChild("title", atom);
            if (!title.equals(body) && titleElement != null) {
                titleElement.setAttribute("lang", title, Namespace.XML_NAMESPACE);
            }
        }
    }

    // --- shared -------------------------------------------------------------------------------------

    private String summary(NewsArticle article, Locale language) {
        return markdown.toPlainText(article.bodies().in(language), SUMMARY_LENGTH);
    }

    /** The language an article's text is shown in: the feed's, or the other when it lacks the feed's. */
    static String languageOf(NewsArticle article, Locale language) {
        return shownIn(article.bodies().isEmpty() ? article.titles() : article.bodies(), language);
    }

    private static String shownIn(LocalizedText text, Locale language) {
        return EventFeedCalendar.shownIn(text, language);
    }

    static Instant published(NewsArticle article) {
        return article.publishAt() == null ? article.createdAt() : article.publishAt();
    }

    static Instant updated(NewsArticle article) {
        Instant published = published(article);
        return article.updatedAt().isAfter(published) ? article.updatedAt() : published;
    }

    private static com.rometools.rome.feed.atom.Content text(String value) {
        var content = new com.rometools.rome.feed.atom.Content();
        content.setType(com.rometools.rome.feed.atom.Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndPerson person(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        return person;
    }

    private static byte[] serialise(WireFeed feed, java.util.function.Consumer<Document> adjust) throws FeedException {
        WireFeedOutput output = new WireFeedOutput();
        Document document = output.outputJDom(feed);
        adjust.accept(document);
        Format format = Format.getPrettyFormat();
        format.setEncoding("UTF-8");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XMLOutputter(format).output(document, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
