package org.jumelage.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A project as the network sees it: who took part, in which towns, when, under which measure, on
 * which themes. Carries no money and no people.
 *
 * @param title the project's title in English, else in Latvian, else its acronym
 * @param measure the measure's code, for example {@code E4C-2014-NT}
 * @param themes the project's themes as stored (codes)
 * @param start the first day, where known
 * @param end the last day, where known
 * @param partners the lead first, then the partners in the order recorded
 */
public record NetworkProject(
        long id,
        String title,
        String measure,
        Set<String> themes,
        @Nullable LocalDate start,
        @Nullable LocalDate end,
        List<NetworkPartner> partners) {}
