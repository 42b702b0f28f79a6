package org.jumelage.participation.domain;

import java.text.Normalizer;

/**
 * Makes an uploaded file's name safe to keep and to send back in a Content-Disposition header: no
 * folders (so no "../"), no control or reserved characters, at most 120 characters, and the
 * extension of the type the content really has.
 */
final class EvidenceFileNames {

    private static final int MAX_BASE = 100;

    private EvidenceFileNames() {}

    static String safe(String original, String extension) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base = base.replaceAll("[\\p{Cntrl}<>:\"/\\\\|?*;%]", "")
                .replaceAll("\\s+", " ")
                .replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (base.length() > MAX_BASE) {
            base = base.substring(0, MAX_BASE).strip();
        }
        if (base.isEmpty()) {
            base = "evidence";
        }
        return base + "." + extension;
    }
}
