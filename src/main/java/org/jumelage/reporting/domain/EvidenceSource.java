package org.jumelage.reporting.domain;

/**
 * One kind of evidence in the pack (participant lists, signed scans, agendas, photos, the
 * information page, the final report). Each source adds its files and what it finds missing to
 * the plan; the pack is the sources' contributions in their {@link org.springframework.core.annotation.Order}.
 * A new kind of evidence is a new source, nothing else changes.
 */
interface EvidenceSource {

    void contribute(PackPlan plan);
}
