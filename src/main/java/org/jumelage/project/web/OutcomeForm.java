package org.jumelage.project.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.jumelage.project.OutcomeKind;
import org.jumelage.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/** Adds a dated outcome in Latvian and/or English. */
class OutcomeForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate date;

    private @Nullable OutcomeKind kind = OutcomeKind.EXPERIENCE;
    private String textLv = "";
    private String textEn = "";

    LocalizedText text() {
        return LocalizedText.of(textLv, textEn);
    }

    public @Nullable LocalDate getDate() {
        return date;
    }

    public void setDate(@Nullable LocalDate date) {
        this.date = date;
    }

    public @Nullable OutcomeKind getKind() {
        return kind;
    }

    public void setKind(@Nullable OutcomeKind kind) {
        this.kind = kind;
    }

    public String getTextLv() {
        return textLv;
    }

    public void setTextLv(String textLv) {
        this.textLv = textLv;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }
}
