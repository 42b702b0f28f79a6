package org.jumelage.project;

import java.util.List;

/**
 * The events of a project as the grant forecast needs them: where and when each event takes place,
 * and how many people each partner plans to send, has registered and brought. The event module
 * implements this interface (it depends on the project module, not the other way round); without an
 * implementation a project has no events. Callers check that the viewer may see the project.
 */
public interface ProjectEventPlans {

    /** The project's events in date order (events without dates last); empty when it has none. */
    List<EventPlan> eventPlans(long projectId);
}
