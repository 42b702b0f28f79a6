package org.jumelage.publicity.web;

import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.publicity.Publication;
import org.jumelage.publicity.Publications;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the published flags of projects and events: {@code {"published":true|false}}. The
 * answer is the flag with its dates; a missing or null {@code published} is refused.
 */
@RestController
class PublicationApiController {

    private final Publications publications;

    PublicationApiController(Publications publications) {
        this.publications = publications;
    }

    /** The body of PUT. */
    record PublicationBody(@Nullable Boolean published) {

        boolean required() {
            if (published == null) {
                throw org.jumelage.publicity.PublicityException.publishedRequired();
            }
            return published;
        }
    }

    @GetMapping("/api/v1/projects/{id}/publication")
    Publication project(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        return publications.ofProject(me, id);
    }

    @PutMapping("/api/v1/projects/{id}/publication")
    Publication publishProject(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody PublicationBody body) {
        return publications.publishProject(me, id, body.required());
    }

    @GetMapping("/api/v1/events/{id}/publication")
    Publication event(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        return publications.ofEvent(me, id);
    }

    @PutMapping("/api/v1/events/{id}/publication")
    Publication publishEvent(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody PublicationBody body) {
        return publications.publishEvent(me, id, body.required());
    }
}
