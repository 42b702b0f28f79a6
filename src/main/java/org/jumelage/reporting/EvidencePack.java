package org.jumelage.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the evidence pack of a project or an event will hold and what it lacks, in the reader's
 * language: the page before the download shows it, {@code GET …/evidence-pack/contents} answers it,
 * and the ZIP repeats the missing items in {@code missing.txt}.
 *
 * @param title the project's or event's name
 * @param fileName the ZIP's name, ASCII only, for example {@code evidence-pack-project-12.zip}
 * @param items the files in the order the ZIP holds them, {@code README.txt} first; {@code
 *     missing.txt} and {@code manifest.csv} come last
 * @param missing what an auditor would look for and will not find, by event
 */
public record EvidencePack(Subject subject, String title, String fileName, List<Item> items, List<Missing> missing) {

    public EvidencePack {
        items = List.copyOf(items);
        missing = List.copyOf(missing);
    }

    /** Whose pack: a project's (all its events) or one event's. */
    public record Subject(Kind kind, long id) {

        public static Subject project(long projectId) {
            return new Subject(Kind.PROJECT, projectId);
        }

        public static Subject event(long eventId) {
            return new Subject(Kind.EVENT, eventId);
        }
    }

    public enum Kind {
        PROJECT,
        EVENT
    }

    /**
     * One file of the pack.
     *
     * @param path inside the ZIP, ASCII, folders separated by {@code /}
     * @param description what the file proves, as {@code manifest.csv} says it
     * @param bytes the size when known before writing (stored files), else {@code null}
     */
    public record Item(
            String path, String description, @Nullable Long bytes) {}

    /**
     * Something the pack lacks.
     *
     * @param eventId the event it concerns, or {@code null} for the project as a whole
     * @param text what is missing, for example "No signed list uploaded for Kaunas City, 9.11.2018."
     */
    public record Missing(@Nullable Long eventId, String text) {}
}
