package org.jumelage.network.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.CanCreateOrganisation;
import org.jumelage.network.CanEditOrganisation;
import org.jumelage.network.ContactSummary;
import org.jumelage.network.NetworkException;
import org.jumelage.network.NewContact;
import org.jumelage.network.OrganisationDraft;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.OrganisationType;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of organisations. Everybody signed in reads; administrators and coordinators create;
 * administrators and the organisation's own coordinators change it and its contacts.
 */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final OrganisationManagement organisations;
    private final NetworkProblems problems;

    OrganisationApiController(OrganisationManagement organisations, NetworkProblems problems) {
        this.organisations = organisations;
        this.problems = problems;
    }

    /**
     * An organisation as the API writes and reads it.
     *
     * @param names {@code {"lv": "…", "en": "…"}}
     * @param type one of {@link OrganisationType}
     * @param town GeoNames id of the town
     * @param country ISO 3166-1 alpha-2; defaults to the town's
     * @param version on PUT, the version the change starts from
     */
    record OrganisationJson(
            @Nullable Long id,
            @Nullable LocalizedText names,
            @Nullable String type,
            @Nullable Long town,
            @Nullable String townName,
            @Nullable String country,
            @Nullable String website,
            @Nullable String pic,
            @Nullable Long version) {

        static OrganisationJson of(OrganisationSummary organisation) {
            return new OrganisationJson(
                    organisation.id(),
                    organisation.names(),
                    organisation.type().name(),
                    organisation.townId(),
                    organisation.townName(),
                    organisation.country(),
                    organisation.website(),
                    organisation.pic(),
                    organisation.version());
        }

        OrganisationDraft toDraft() {
            return new OrganisationDraft(
                    names == null ? LocalizedText.of(null, null) : names,
                    OrganisationForm.typeOf(type),
                    town,
                    country,
                    website,
                    pic);
        }
    }

    record OrganisationList(List<OrganisationJson> items, long total, int page, int size) {
        static OrganisationList of(Page<OrganisationSummary> page) {
            return new OrganisationList(
                    page.map(OrganisationJson::of).getContent(),
                    page.getTotalElements(),
                    page.getNumber(),
                    page.getSize());
        }
    }

    record ContactJson(
            @Nullable String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String position) {
        NewContact toContact() {
            return new NewContact(name == null ? "" : name, email, phone, position);
        }
    }

    @Operation(
            summary = "Search organisations",
            description = "Organisations whose name in either language contains q (ignoring case and accents), "
                    + "optionally of one country, by name. total is exact when at most "
                    + OrganisationManagement.COUNT_LIMIT
                    + " organisations match or the page is the last; otherwise it is a lower bound of at least "
                    + OrganisationManagement.COUNT_LIMIT
                    + " that still leaves at least one more page after the one asked for: page on while items "
                    + "come back, or narrow q or country.")
    @GetMapping
    OrganisationList search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return OrganisationList.of(organisations.search(q, country, Paging.page(page, size, MAX_PAGE_SIZE)));
    }

    @GetMapping("/{id}")
    OrganisationJson organisation(@PathVariable long id) {
        return OrganisationJson.of(load(id));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @CanCreateOrganisation
    ResponseEntity<OrganisationJson> create(@RequestBody OrganisationJson request) {
        OrganisationSummary created = organisations.create(request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
                .body(OrganisationJson.of(created));
    }

    @PutMapping("/{id}")
    @CanEditOrganisation
    OrganisationJson update(@PathVariable long id, @RequestBody OrganisationJson request) {
        load(id);
        if (request.version() == null) {
            throw NetworkException.versionMissing();
        }
        return OrganisationJson.of(organisations.update(id, request.toDraft(), request.version()));
    }

    @GetMapping("/{id}/contacts")
    List<ContactSummary> contacts(@PathVariable long id) {
        return organisations.contacts(id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/contacts")
    @CanEditOrganisation
    ResponseEntity<ContactSummary> addContact(@PathVariable long id, @RequestBody ContactJson request) {
        ContactSummary contact = organisations.addContact(id, request.toContact());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id + "/contacts/" + contact.id()))
                .body(contact);
    }

    @DeleteMapping("/{id}/contacts/{contactId}")
    @CanEditOrganisation
    ResponseEntity<Void> removeContact(@PathVariable long id, @PathVariable long contactId) {
        organisations.removeContact(id, contactId);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(NetworkException.class)
    ResponseEntity<ProblemDetail> refused(NetworkException e, HttpServletRequest request, Locale locale) {
        return problems.of(e, request, locale);
    }

    private OrganisationSummary load(long id) {
        return organisations.find(id).orElseThrow(() -> NetworkException.organisationNotFound(id));
    }
}
