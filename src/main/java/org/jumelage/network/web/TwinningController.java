package org.jumelage.network.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.NetworkException;
import org.jumelage.network.NetworkProjects;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownResolution;
import org.jumelage.network.TownSummary;
import org.jumelage.network.TwinCharter;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinLinkChange;
import org.jumelage.network.TwinLinkDraft;
import org.jumelage.network.TwinTown;
import org.jumelage.network.TwinningManagement;
import org.jumelage.network.Twinnings;
import org.jumelage.shared.Countries;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The town page ({@code /towns/{id}}: its twins and its projects) and the "Links of a town" section
 * of an organisation's page, where its editors add, change, end and remove links and attach the
 * signed charter. A refusal comes back to the section as a message in the reader's language; nothing
 * is stored.
 */
@Controller
class TwinningController {

    private final Twinnings twinnings;
    private final TwinningManagement management;
    private final TownDirectory towns;
    private final OrganisationManagement organisations;
    private final NetworkProjects projects;
    private final MessageSource messages;
    private final TwinningSection section;

    TwinningController(
            Twinnings twinnings,
            TwinningManagement management,
            TownDirectory towns,
            OrganisationManagement organisations,
            NetworkProjects projects,
            MessageSource messages,
            TwinningSection section) {
        this.section = section;
        this.twinnings = twinnings;
        this.management = management;
        this.towns = towns;
        this.organisations = organisations;
        this.projects = projects;
        this.messages = messages;
    }

    @GetMapping("/towns/{id}")
    String town(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model, Locale locale) {
        TownSummary town = towns.find(id).orElseThrow(() -> NetworkException.townNotFound(id));
        model.addAttribute("town", town);
        model.addAttribute("twins", section.rows(id, me));
        model.addAttribute("projects", projects.inTown(me, id));
        model.addAttribute("countryNames", CountryOption.names(locale));
        return "network/town";
    }

    @PostMapping("/organisations/{id}/links")
    String add(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String partner,
            @RequestParam(defaultValue = "") String partnerCountry,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(required = false) @Nullable String since,
            @RequestParam(required = false) @Nullable String until,
            @RequestParam(required = false) @Nullable String managedBy,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect,
            Locale locale) {
        OrganisationSummary organisation = organisation(id);
        Long townId = organisation.townId();
        if (townId == null || !management.mayManageTown(me, townId)) {
            throw NetworkException.twinNotAllowed();
        }
        try {
            TwinLink link = management.add(
                    me,
                    new TwinLinkDraft(
                            townId,
                            partner(partner, partnerCountry),
                            kind,
                            status,
                            year("since", since),
                            year("until", until),
                            managedBy));
            redirect.addFlashAttribute("linkSaved", link.id());
        } catch (NetworkException e) {
            refused(e, redirect, locale);
        }
        return back(id);
    }

    @PostMapping("/organisations/{id}/links/{linkId}")
    String change(
            @PathVariable long id,
            @PathVariable long linkId,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(required = false) @Nullable String since,
            @RequestParam(required = false) @Nullable String until,
            @RequestParam(required = false) @Nullable String managedBy,
            @RequestParam(required = false) @Nullable Long version,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect,
            Locale locale) {
        managed(id, linkId, me);
        try {
            management.change(
                    me,
                    linkId,
                    new TwinLinkChange(kind, status, year("since", since), year("until", until), managedBy),
                    required(version));
            redirect.addFlashAttribute("linkSaved", linkId);
        } catch (NetworkException e) {
            refused(e, redirect, locale);
        }
        return back(id);
    }

    @PostMapping("/organisations/{id}/links/{linkId}/end")
    String end(
            @PathVariable long id,
            @PathVariable long linkId,
            @RequestParam(required = false) @Nullable String until,
            @RequestParam(required = false) @Nullable Long version,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect,
            Locale locale) {
        managed(id, linkId, me);
        try {
            Integer year = year("until", until);
            if (year == null) {
                throw NetworkException.twinYearInvalid("until", TwinningManagement.MIN_YEAR, thisYear());
            }
            management.end(me, linkId, year, required(version));
            redirect.addFlashAttribute("linkSaved", linkId);
        } catch (NetworkException e) {
            refused(e, redirect, locale);
        }
        return back(id);
    }

    @PostMapping("/organisations/{id}/links/{linkId}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long linkId,
            @RequestParam(required = false) @Nullable Long version,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect,
            Locale locale) {
        managed(id, linkId, me);
        try {
            management.remove(me, linkId, required(version));
        } catch (NetworkException e) {
            refused(e, redirect, locale);
        }
        return back(id);
    }

    @PostMapping("/organisations/{id}/links/{linkId}/charter")
    String charter(
            @PathVariable long id,
            @PathVariable long linkId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect,
            Locale locale) {
        managed(id, linkId, me);
        try {
            if (file == null || file.isEmpty()) {
                throw NetworkException.charterMissing();
            }
            if (file.getSize() > TwinningManagement.MAX_CHARTER_SIZE) {
                throw NetworkException.charterTooLarge((int) (TwinningManagement.MAX_CHARTER_SIZE / (1024 * 1024)));
            }
            try (InputStream in = file.getInputStream()) {
                management.attachCharter(
                        me, linkId, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), in);
            } catch (IOException e) {
                throw NetworkException.charterStorageFailed();
            }
            redirect.addFlashAttribute("linkSaved", linkId);
        } catch (NetworkException e) {
            refused(e, redirect, locale);
        }
        return back(id);
    }

    /** The signed charter, for everybody signed in. */
    @GetMapping("/twinnings/{linkId}/charter")
    void downloadCharter(@PathVariable long linkId, HttpServletResponse response) throws IOException {
        TwinCharter charter = management.charter(linkId).orElseThrow(() -> NetworkException.twinNotFound(linkId));
        try (InputStream in = management.openCharter(linkId).orElseThrow(() -> NetworkException.twinNotFound(linkId))) {
            response.setContentType(charter.contentType());
            response.setContentLengthLong(charter.size());
            response.setHeader(
                    "Content-Disposition",
                    ContentDisposition.attachment()
                            .filename(charter.fileName(), StandardCharsets.UTF_8)
                            .build()
                            .toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }

    /**
     * The partner as typed: in a country of the gazetteer, the town it resolves to; a name that
     * matches no town there, or a country outside the gazetteer, is kept by name and country.
     */
    private TwinTown partner(String typed, String country) {
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (typed.isBlank()) {
            throw NetworkException.twinPartnerMissing();
        }
        if (Countries.isKnown(code)) {
            TownResolution resolution = towns.resolve(typed, code);
            if (resolution.town() != null) {
                TownSummary town = resolution.town();
                return new TwinTown(town.id(), town.name(), town.country());
            }
            if (!resolution.candidates().isEmpty()) {
                throw NetworkException.twinPartnerAmbiguous(
                        typed.strip(),
                        String.join(
                                ", ",
                                resolution.candidates().stream()
                                        .map(TownSummary::fieldText)
                                        .toList()));
            }
            return new TwinTown(null, resolution.writtenName(), code);
        }
        return new TwinTown(null, typed.strip(), code);
    }

    private static @Nullable Integer year(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw NetworkException.twinYearInvalid(field, TwinningManagement.MIN_YEAR, thisYear());
        }
    }

    private static int thisYear() {
        return java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
    }

    private void refused(NetworkException e, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("linkError", messages.getMessage(e.messageKey(), e.arguments(), locale));
    }

    /**
     * The link, when it joins the organisation's town and the user may manage it: refuses before
     * any input is read (403, or 404 for a link of another town).
     */
    private TwinLink managed(long organisationId, long linkId, SignedInUser me) {
        OrganisationSummary organisation = organisation(organisationId);
        TwinLink link = twinnings.find(linkId).orElseThrow(() -> NetworkException.twinNotFound(linkId));
        if (organisation.townId() == null || !link.joins(organisation.townId())) {
            throw NetworkException.twinNotFound(linkId);
        }
        if (!management.mayManage(me, link)) {
            throw NetworkException.twinNotAllowed();
        }
        return link;
    }

    private static long required(@Nullable Long version) {
        if (version == null) {
            throw NetworkException.twinVersionMissing();
        }
        return version;
    }

    private OrganisationSummary organisation(long id) {
        return organisations.find(id).orElseThrow(() -> NetworkException.organisationNotFound(id));
    }

    private static String back(long organisationId) {
        return "redirect:/organisations/" + organisationId + "#links";
    }
}
