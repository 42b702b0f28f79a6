package org.jumelage.publicity.web;

import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsImage;

/** Addresses and validators of lead images, shared by the API, the pages and the media controller. */
final class NewsImages {

    private NewsImages() {}

    /**
     * Where the image is read: {@code /media/news/{id}/lead} for a public article (as
     * {@code NewsManagement.publicAmong} decides, not the editors' status: an article of a withdrawn
     * project is published but not public), the signed-in {@code /news/{id}/image} otherwise. The
     * {@code v} parameter changes with the image, so a replaced image is not taken from a cache.
     */
    static String url(NewsArticle article, boolean isPublic) {
        NewsImage image = article.image();
        String version = image == null ? "" : "?v=" + tag(image);
        return isPublic
                ? "/media/news/" + article.id() + "/lead" + version
                : "/news/" + article.id() + "/image" + version;
    }

    /** The image's entity tag (quoted), from its storage key: a new upload gets a new key. */
    static String etag(NewsImage image) {
        return "\"" + tag(image) + "\"";
    }

    private static String tag(NewsImage image) {
        return Integer.toHexString(image.storageKey().hashCode());
    }
}
