/**
 * Publicity: what the public sees of the projects. Publication flags on projects and events
 * ({@link org.jumelage.publicity.Publications}) and the public read model built on them
 * ({@link org.jumelage.publicity.PublicContent}); news articles in Latvian and English with a lead
 * image, tags and a draft → scheduled → published life ({@link org.jumelage.publicity.NewsManagement});
 * drafts written from a project's or event's data ({@link org.jumelage.publicity.NewsDraftWriter});
 * the public site without sign-in, with the EU emblem and the funding statement the programme
 * requires, and the RSS, Atom and iCalendar feeds. Nothing unpublished is reachable publicly.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "network",
            "programme",
            "project",
            "event",
            "participation",
            "storage"
        })
@NullMarked
package org.jumelage.publicity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
