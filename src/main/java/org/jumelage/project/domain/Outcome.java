package org.jumelage.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.jumelage.project.OutcomeKind;
import org.jumelage.project.OutcomeSummary;
import org.jumelage.shared.LocalizedText;

/** A dated result a project reports. */
@Entity
@Table(name = "project_outcome")
class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "outcome_date")
    private @Nullable LocalDate date;

    @Enumerated(EnumType.STRING)
    private OutcomeKind kind;

    private @Nullable String textLv;

    private @Nullable String textEn;

    protected Outcome() {}

    Outcome(@Nullable LocalDate date, OutcomeKind kind, LocalizedText text) {
        this.date = date;
        this.kind = kind;
        this.textLv = text.lv();
        this.textEn = text.en();
    }

    @Nullable
    Long id() {
        return id;
    }

    OutcomeSummary toSummary() {
        return new OutcomeSummary(id == null ? 0 : id, date, kind, LocalizedText.of(textLv, textEn));
    }
}
