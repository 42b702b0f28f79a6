package org.jumelage.network.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.NetworkException;
import org.jumelage.network.NoticeDraft;
import org.jumelage.network.NoticeTownSize;
import org.jumelage.network.PartnerNotice;
import org.jumelage.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The partner-notice form of the staff pages. Its rules are the service's ({@code NoticeRules}):
 * a refusal lands on the field {@link #FIELDS} maps it to. Languages are typed as ISO 639-1 codes
 * separated by commas or spaces.
 */
class NoticeForm {

    /** The service's field names (as the API calls them) and the form's. */
    static final Map<String, String> FIELDS = Map.of(
            "organisation", "organisationId",
            "title", "titleLv",
            "idea", "ideaLv",
            "theme", "themeLv",
            "sought", "soughtLv",
            "measure", "measure",
            "townSize", "townSize",
            "languages", "languages",
            "expiresOn", "expiresOn");

    private @Nullable Long organisationId;

    private String titleLv = "";

    private String titleEn = "";

    private String ideaLv = "";

    private String ideaEn = "";

    private String themeLv = "";

    private String themeEn = "";

    private String soughtLv = "";

    private String soughtEn = "";

    private String measure = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate callDeadline;

    private String townSize = "ANY";

    private String languages = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate expiresOn;

    private long version;

    static NoticeForm of(PartnerNotice notice) {
        NoticeForm form = new NoticeForm();
        form.organisationId = notice.organisationId();
        form.titleLv = orEmpty(notice.title().lv());
        form.titleEn = orEmpty(notice.title().en());
        form.ideaLv = orEmpty(notice.idea().lv());
        form.ideaEn = orEmpty(notice.idea().en());
        form.themeLv = orEmpty(notice.theme().lv());
        form.themeEn = orEmpty(notice.theme().en());
        form.soughtLv = orEmpty(notice.sought().lv());
        form.soughtEn = orEmpty(notice.sought().en());
        form.measure = orEmpty(notice.measureCode());
        form.callDeadline = notice.callDeadline();
        form.townSize = notice.townSize().name();
        form.languages = String.join(", ", notice.languages());
        form.expiresOn = notice.expiresOn();
        form.version = notice.version();
        return form;
    }

    NoticeDraft toDraft() {
        return new NoticeDraft(
                LocalizedText.of(titleLv, titleEn),
                LocalizedText.of(ideaLv, ideaEn),
                LocalizedText.of(themeLv, themeEn),
                LocalizedText.of(soughtLv, soughtEn),
                measure,
                callDeadline,
                townSizeOf(townSize),
                Arrays.stream(languages.split("[,;\\s]+"))
                        .filter(code -> !code.isBlank())
                        .toList(),
                expiresOn);
    }

    /** The town size named in a form or API request; none means any; refuses an unknown one. */
    static NoticeTownSize townSizeOf(@Nullable String size) {
        if (size == null || size.isBlank()) {
            return NoticeTownSize.ANY;
        }
        try {
            return NoticeTownSize.valueOf(size.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw NetworkException.townSizeInvalid(size);
        }
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(@Nullable Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getTitleLv() {
        return titleLv;
    }

    public void setTitleLv(String titleLv) {
        this.titleLv = titleLv;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getIdeaLv() {
        return ideaLv;
    }

    public void setIdeaLv(String ideaLv) {
        this.ideaLv = ideaLv;
    }

    public String getIdeaEn() {
        return ideaEn;
    }

    public void setIdeaEn(String ideaEn) {
        this.ideaEn = ideaEn;
    }

    public String getThemeLv() {
        return themeLv;
    }

    public void setThemeLv(String themeLv) {
        this.themeLv = themeLv;
    }

    public String getThemeEn() {
        return themeEn;
    }

    public void setThemeEn(String themeEn) {
        this.themeEn = themeEn;
    }

    public String getSoughtLv() {
        return soughtLv;
    }

    public void setSoughtLv(String soughtLv) {
        this.soughtLv = soughtLv;
    }

    public String getSoughtEn() {
        return soughtEn;
    }

    public void setSoughtEn(String soughtEn) {
        this.soughtEn = soughtEn;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public @Nullable LocalDate getCallDeadline() {
        return callDeadline;
    }

    public void setCallDeadline(@Nullable LocalDate callDeadline) {
        this.callDeadline = callDeadline;
    }

    public String getTownSize() {
        return townSize;
    }

    public void setTownSize(String townSize) {
        this.townSize = townSize;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public @Nullable LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(@Nullable LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
