package org.jumelage.publicity;

import java.util.Set;

/**
 * The ids of the projects and events that are public at one moment, as {@link PublicContent}
 * decides: a project while it is published and not deleted, an event while it is published, not
 * deleted and its project is public. Article reads use them to keep out articles about anything
 * else, in the query itself so that counts and pages are right.
 */
public record PublicIds(Set<Long> projects, Set<Long> events) {

    public PublicIds {
        projects = Set.copyOf(projects);
        events = Set.copyOf(events);
    }
}
