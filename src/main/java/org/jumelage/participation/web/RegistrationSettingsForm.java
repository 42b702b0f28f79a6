package org.jumelage.participation.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.participation.RegistrationQuestions;
import org.jumelage.participation.RegistrationSettings;
import org.jumelage.participation.RegistrationSettingsDraft;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** The registration settings form; the opening and closing times are in the event's time zone. */
class RegistrationSettingsForm {

    private boolean open;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private @Nullable LocalDateTime opensAt;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private @Nullable LocalDateTime closesAt;

    private @Nullable Integer capacity;
    private boolean publicLink;
    private List<String> workingLanguages = new ArrayList<>(List.of("lv", "en"));
    private boolean askGender;
    private boolean askAgeBand;
    private boolean askFirstTime;
    private boolean askFewerOpportunities;
    private boolean askDietary;
    private boolean askAccessibility;
    private String consentLv = "";
    private String consentEn = "";
    private Map<String, String> consentOthers = new HashMap<>();

    static RegistrationSettingsForm of(RegistrationSettings settings, ZoneId zone) {
        RegistrationSettingsForm form = new RegistrationSettingsForm();
        form.open = settings.open();
        form.opensAt = settings.opensAt() == null ? null : LocalDateTime.ofInstant(settings.opensAt(), zone);
        form.closesAt = settings.closesAt() == null ? null : LocalDateTime.ofInstant(settings.closesAt(), zone);
        form.capacity = settings.capacity();
        form.publicLink = settings.publicLink();
        form.workingLanguages = new ArrayList<>(settings.workingLanguages());
        RegistrationQuestions q = settings.questions();
        form.askGender = q.gender();
        form.askAgeBand = q.ageBand();
        form.askFirstTime = q.firstTime();
        form.askFewerOpportunities = q.fewerOpportunities();
        form.askDietary = q.dietary();
        form.askAccessibility = q.accessibility();
        form.consentLv = settings.consentText().lv() == null
                ? ""
                : settings.consentText().lv();
        form.consentEn = settings.consentText().en() == null
                ? ""
                : settings.consentText().en();
        form.consentOthers = new HashMap<>(settings.consentText().others());
        return form;
    }

    RegistrationSettingsDraft toDraft(ZoneId zone) {
        return new RegistrationSettingsDraft(
                open,
                instant(opensAt, zone),
                instant(closesAt, zone),
                capacity,
                publicLink,
                workingLanguages == null ? List.of() : workingLanguages,
                new RegistrationQuestions(
                        askGender, askAgeBand, askFirstTime, askFewerOpportunities, askDietary, askAccessibility),
                new LocalizedText(consentLv, consentEn, consentOthers));
    }

    /** Refuses languages that are not Jumelage's (a tampered form), see {@link FormErrors#checkLanguages}. */
    void checkLanguages(BindingResult result) {
        FormErrors.checkLanguages(result, consentOthers);
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime time, ZoneId zone) {
        return time == null ? null : time.atZone(zone).toInstant();
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public @Nullable LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(@Nullable LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public @Nullable LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(@Nullable LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public @Nullable Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(@Nullable Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isPublicLink() {
        return publicLink;
    }

    public void setPublicLink(boolean publicLink) {
        this.publicLink = publicLink;
    }

    public List<String> getWorkingLanguages() {
        return workingLanguages;
    }

    public void setWorkingLanguages(List<String> workingLanguages) {
        this.workingLanguages = workingLanguages;
    }

    public boolean isAskGender() {
        return askGender;
    }

    public void setAskGender(boolean askGender) {
        this.askGender = askGender;
    }

    public boolean isAskAgeBand() {
        return askAgeBand;
    }

    public void setAskAgeBand(boolean askAgeBand) {
        this.askAgeBand = askAgeBand;
    }

    public boolean isAskFirstTime() {
        return askFirstTime;
    }

    public void setAskFirstTime(boolean askFirstTime) {
        this.askFirstTime = askFirstTime;
    }

    public boolean isAskFewerOpportunities() {
        return askFewerOpportunities;
    }

    public void setAskFewerOpportunities(boolean askFewerOpportunities) {
        this.askFewerOpportunities = askFewerOpportunities;
    }

    public boolean isAskDietary() {
        return askDietary;
    }

    public void setAskDietary(boolean askDietary) {
        this.askDietary = askDietary;
    }

    public boolean isAskAccessibility() {
        return askAccessibility;
    }

    public void setAskAccessibility(boolean askAccessibility) {
        this.askAccessibility = askAccessibility;
    }

    public String getConsentLv() {
        return consentLv;
    }

    public void setConsentLv(String consentLv) {
        this.consentLv = consentLv;
    }

    public String getConsentEn() {
        return consentEn;
    }

    public void setConsentEn(String consentEn) {
        this.consentEn = consentEn;
    }

    /** The consent text in the languages beyond Latvian and English, by tag ({@code consentOthers[pl]}). */
    public Map<String, String> getConsentOthers() {
        return consentOthers;
    }

    public void setConsentOthers(Map<String, String> consentOthers) {
        this.consentOthers = consentOthers;
    }
}
