package org.jumelage.participation.web;

import org.jspecify.annotations.Nullable;
import org.jumelage.participation.DelegationDraft;
import org.jumelage.participation.DelegationSummary;

/** The delegation form: the partner (when creating), the planned size (editors) and the head of delegation. */
class DelegationForm {

    private @Nullable Long partnerId;
    private @Nullable Integer plannedSize;
    private String headName = "";
    private String headEmail = "";
    private long version;

    static DelegationForm of(DelegationSummary delegation) {
        DelegationForm form = new DelegationForm();
        form.partnerId = delegation.partnerId();
        form.plannedSize = delegation.plannedSize();
        form.headName = delegation.headName() == null ? "" : delegation.headName();
        form.headEmail = delegation.headEmail() == null ? "" : delegation.headEmail();
        form.version = delegation.version();
        return form;
    }

    DelegationDraft toDraft() {
        return new DelegationDraft(partnerId, null, null, plannedSize, headName, headEmail);
    }

    public @Nullable Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(@Nullable Long partnerId) {
        this.partnerId = partnerId;
    }

    public @Nullable Integer getPlannedSize() {
        return plannedSize;
    }

    public void setPlannedSize(@Nullable Integer plannedSize) {
        this.plannedSize = plannedSize;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getHeadEmail() {
        return headEmail;
    }

    public void setHeadEmail(String headEmail) {
        this.headEmail = headEmail;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
