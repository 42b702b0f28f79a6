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

    /**
     * {@link #eventPlans(long)} for many projects, read together (one read per table, not one per
     * project).
     *
     * @return by project id; a project without events has an empty list or no entry
     */
    java.util.Map<Long, List<EventPlan>> eventPlans(java.util.Collection<Long> projectIds);
}
