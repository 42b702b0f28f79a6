package org.jumelage.publicity.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsImage;
import org.jumelage.shared.LocalizedText;
import org.springframework.web.multipart.MultipartFile;

/** The lead image upload of the article page: the file and its alternative texts. */
class NewsImageForm {

    private @Nullable MultipartFile file;
    private String altLv = "";
    private String altEn = "";
    private Map<String, String> altOthers = new HashMap<>();

    static NewsImageForm of(NewsArticle article) {
        NewsImageForm form = new NewsImageForm();
        NewsImage image = article.image();
        if (image != null) {
            form.altLv = image.alt().lv() == null ? "" : image.alt().lv();
            form.altEn = image.alt().en() == null ? "" : image.alt().en();
            form.altOthers = new HashMap<>(image.alt().others());
        }
        return form;
    }

    public @Nullable MultipartFile getFile() {
        return file;
    }

    public void setFile(@Nullable MultipartFile file) {
        this.file = file;
    }

    public String getAltLv() {
        return altLv;
    }

    public void setAltLv(String altLv) {
        this.altLv = altLv;
    }

    public String getAltEn() {
        return altEn;
    }

    public void setAltEn(String altEn) {
        this.altEn = altEn;
    }

    /** The alternative texts in every language. */
    LocalizedText alt() {
        return new LocalizedText(altLv, altEn, altOthers);
    }

    /** The alternative text in the languages beyond Latvian and English, by tag ({@code altOthers[pl]}). */
    public Map<String, String> getAltOthers() {
        return altOthers;
    }

    public void setAltOthers(Map<String, String> altOthers) {
        this.altOthers = altOthers;
    }
}
