package org.jumelage.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.jumelage.project.GrantAward;

/** The grant award form of the grant panel: the amount as typed (a comma or a point before the cents). */
class GrantAwardForm {

    private String amount = "";
    private String agreementNumber = "";
    private String signedOn = "";
    private String conditions = "";

    static GrantAwardForm of(@Nullable GrantAward award) {
        GrantAwardForm form = new GrantAwardForm();
        if (award != null) {
            form.amount = award.amount().toPlainString();
            form.agreementNumber = award.agreementNumber();
            form.signedOn = award.signedOn().toString();
            form.conditions = award.conditions() == null ? "" : award.conditions();
        }
        return form;
    }

    /** The amount, or {@code null} when empty; throws {@link NumberFormatException} when it is no number. */
    @Nullable
    BigDecimal amountValue() {
        String typed = amount.replace(" ", "").replace("\u00a0", "").replace(',', '.');
        return typed.isEmpty() ? null : new BigDecimal(typed);
    }

    /** The signing day, or {@code null} when empty; throws {@link DateTimeParseException} when malformed. */
    @Nullable
    LocalDate signedOnValue() {
        return signedOn.isBlank() ? null : LocalDate.parse(signedOn.strip());
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(@Nullable String amount) {
        this.amount = amount == null ? "" : amount;
    }

    public String getAgreementNumber() {
        return agreementNumber;
    }

    public void setAgreementNumber(@Nullable String agreementNumber) {
        this.agreementNumber = agreementNumber == null ? "" : agreementNumber;
    }

    public String getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(@Nullable String signedOn) {
        this.signedOn = signedOn == null ? "" : signedOn;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(@Nullable String conditions) {
        this.conditions = conditions == null ? "" : conditions;
    }
}
