package org.jumelage.event.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventRepository extends JpaRepository<Event, Long> {

    List<Event> findByProjectIdOrderByStartDateAscIdAsc(long projectId);
}
