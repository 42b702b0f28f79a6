package org.jumelage.participation.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The upload form of a signed list: the file, and optionally its delegation and day. */
class EvidenceForm {

    private @Nullable MultipartFile file;
    private @Nullable Long delegation;
    private @Nullable String day;

    public @Nullable MultipartFile getFile() {
        return file;
    }

    public void setFile(@Nullable MultipartFile file) {
        this.file = file;
    }

    public @Nullable Long getDelegation() {
        return delegation;
    }

    public void setDelegation(@Nullable Long delegation) {
        this.delegation = delegation;
    }

    public @Nullable String getDay() {
        return day;
    }

    public void setDay(@Nullable String day) {
        this.day = day;
    }
}
