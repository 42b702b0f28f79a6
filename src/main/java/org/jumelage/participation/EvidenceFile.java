package org.jumelage.participation;

import java.io.InputStream;

/** An evidence file opened for download; the caller closes {@code content}. */
public record EvidenceFile(EvidenceSummary summary, InputStream content) {}
