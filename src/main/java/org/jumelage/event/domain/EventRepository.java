package org.jumelage.event.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventRepository extends JpaRepository<Event, Long> {

    @org.springframework.data.jpa.repository.Query(
            "select e from Event e where e.projectId = :projectId order by e.startDate asc nulls last, e.id asc")
    List<Event> forProject(long projectId);

    @org.springframework.data.jpa.repository.Query(
            "select e from Event e where e.projectId in :projectIds order by e.startDate asc nulls last, e.id asc")
    List<Event> forProjects(java.util.Collection<Long> projectIds);
}
