package org.jumelage.publicity.web;

import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.publicity.NewsDraft;
import org.jumelage.publicity.NewsDraftWriter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the news drafts written from the data: {@code POST} with the language ({@code lv} or
 * {@code en}) answers the draft's title and Markdown body. Nothing is stored. Whoever may see the
 * project or event may ask; a missing or unknown language is refused with 422.
 */
@RestController
class NewsDraftApiController {

    private final NewsDraftWriter writer;

    NewsDraftApiController(NewsDraftWriter writer) {
        this.writer = writer;
    }

    /** The body of POST. */
    record DraftRequest(@Nullable String language) {}

    @PostMapping("/api/v1/projects/{id}/news-drafts")
    NewsDraft project(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestBody(required = false) @Nullable DraftRequest request) {
        return writer.forProject(me, id, language(request));
    }

    @PostMapping("/api/v1/events/{id}/news-drafts")
    NewsDraft event(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestBody(required = false) @Nullable DraftRequest request) {
        return writer.forEvent(me, id, language(request));
    }

    /** The language asked; the writer refuses a missing one after checking who asks. */
    private static String language(@Nullable DraftRequest request) {
        return request == null || request.language() == null ? "" : request.language();
    }
}
