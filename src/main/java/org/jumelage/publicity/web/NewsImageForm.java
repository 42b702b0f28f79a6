package org.jumelage.publicity.web;

import org.jspecify.annotations.Nullable;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsImage;
import org.springframework.web.multipart.MultipartFile;

/** The lead image upload of the article page: the file and its alternative texts. */
class NewsImageForm {

    private @Nullable MultipartFile file;
    private String altLv = "";
    private String altEn = "";

    static NewsImageForm of(NewsArticle article) {
        NewsImageForm form = new NewsImageForm();
        NewsImage image = article.image();
        if (image != null) {
            form.altLv = image.alt().lv() == null ? "" : image.alt().lv();
            form.altEn = image.alt().en() == null ? "" : image.alt().en();
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
}
