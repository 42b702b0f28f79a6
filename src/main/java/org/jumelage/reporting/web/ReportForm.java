package org.jumelage.reporting.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.reporting.FinalReport;
import org.jumelage.reporting.FinalReport.SectionKind;
import org.jumelage.reporting.ReportSections;

/**
 * The written sections on the report page: one text per section and language. A field the request
 * does not send stays as it is; an empty field removes the text. {@code draft} names the language a
 * draft of the summary is asked for ({@code lv} or {@code en}) instead of saving.
 */
class ReportForm {

    /** The service's field names ({@code summary.lv}) and the form's ({@code summaryLv}). */
    static final Map<String, String> FIELDS = Map.of(
            "summary.lv", "summaryLv",
            "summary.en", "summaryEn",
            "deviations.lv", "deviationsLv",
            "deviations.en", "deviationsEn",
            "impact.lv", "impactLv",
            "impact.en", "impactEn");

    private @Nullable String summaryLv;
    private @Nullable String summaryEn;
    private @Nullable String deviationsLv;
    private @Nullable String deviationsEn;
    private @Nullable String impactLv;
    private @Nullable String impactEn;
    private @Nullable String draft;

    static ReportForm of(List<FinalReport.WrittenSection> sections) {
        ReportForm form = new ReportForm();
        for (FinalReport.WrittenSection section : sections) {
            form.set(section.kind(), section.language(), section.text());
        }
        return form;
    }

    void set(SectionKind kind, String language, String text) {
        boolean lv = "lv".equals(language);
        switch (kind) {
            case SUMMARY -> {
                if (lv) summaryLv = text;
                else summaryEn = text;
            }
            case DEVIATIONS -> {
                if (lv) deviationsLv = text;
                else deviationsEn = text;
            }
            case IMPACT -> {
                if (lv) impactLv = text;
                else impactEn = text;
            }
        }
    }

    ReportSections toSections() {
        Map<SectionKind, Map<String, @Nullable String>> texts = new EnumMap<>(SectionKind.class);
        put(texts, SectionKind.SUMMARY, summaryLv, summaryEn);
        put(texts, SectionKind.DEVIATIONS, deviationsLv, deviationsEn);
        put(texts, SectionKind.IMPACT, impactLv, impactEn);
        return new ReportSections(texts);
    }

    private static void put(
            Map<SectionKind, Map<String, @Nullable String>> texts,
            SectionKind kind,
            @Nullable String lv,
            @Nullable String en) {
        Map<String, @Nullable String> byLanguage = new HashMap<>();
        if (lv != null) {
            byLanguage.put("lv", lv);
        }
        if (en != null) {
            byLanguage.put("en", en);
        }
        if (!byLanguage.isEmpty()) {
            texts.put(kind, byLanguage);
        }
    }

    public @Nullable String getSummaryLv() {
        return summaryLv;
    }

    public void setSummaryLv(@Nullable String summaryLv) {
        this.summaryLv = summaryLv;
    }

    public @Nullable String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(@Nullable String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public @Nullable String getDeviationsLv() {
        return deviationsLv;
    }

    public void setDeviationsLv(@Nullable String deviationsLv) {
        this.deviationsLv = deviationsLv;
    }

    public @Nullable String getDeviationsEn() {
        return deviationsEn;
    }

    public void setDeviationsEn(@Nullable String deviationsEn) {
        this.deviationsEn = deviationsEn;
    }

    public @Nullable String getImpactLv() {
        return impactLv;
    }

    public void setImpactLv(@Nullable String impactLv) {
        this.impactLv = impactLv;
    }

    public @Nullable String getImpactEn() {
        return impactEn;
    }

    public void setImpactEn(@Nullable String impactEn) {
        this.impactEn = impactEn;
    }

    public @Nullable String getDraft() {
        return draft;
    }

    public void setDraft(@Nullable String draft) {
        this.draft = draft;
    }
}
