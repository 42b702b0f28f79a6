package org.jumelage.network.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.IsAdministrator;
import org.jumelage.account.SignedInUser;
import org.jumelage.account.UserSummary;
import org.jumelage.network.CanCreateOrganisation;
import org.jumelage.network.CanEditOrganisation;
import org.jumelage.network.NetworkException;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationPermissions;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.OrganisationType;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownResolution;
import org.jumelage.network.TownSummary;
import org.jumelage.shared.Countries;
import org.jumelage.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisation pages: the list with search, the organisation page (facts, contacts, members),
 * and the forms to create and edit. Everybody signed in reads; administrators and coordinators
 * create; administrators and the organisation's own coordinators edit it and its contacts;
 * administrators add and remove members.
 */
@Controller
class OrganisationController {

    static final int PAGE_SIZE = 25;

    private final OrganisationManagement organisations;
    private final TownDirectory towns;
    private final TwinningSection twinning;
    private final AccountManagement accounts;

    OrganisationController(
            OrganisationManagement organisations,
            TownDirectory towns,
            AccountManagement accounts,
            TwinningSection twinning) {
        this.twinning = twinning;
        this.organisations = organisations;
        this.towns = towns;
        this.accounts = accounts;
    }

    @GetMapping("/organisations")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String country,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal SignedInUser me,
            Model model,
            Locale locale,
            HtmxRequest htmx) {
        String code = Countries.isKnown(country) ? country : "";
        Page<OrganisationSummary> found =
                organisations.search(q, code.isEmpty() ? null : code, Paging.page(page, PAGE_SIZE));
        model.addAttribute("organisations", found);
        model.addAttribute("query", q);
        model.addAttribute("country", code);
        model.addAttribute("countryNames", CountryOption.names(locale));
        if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
            return "network/organisations :: rows";
        }
        model.addAttribute("countries", CountryOption.all(locale));
        model.addAttribute("mayCreate", OrganisationPermissions.mayCreate(me));
        return "network/organisations";
    }

    /**
     * The options of an organisation field ({@code network/fragments :: organisation-field}) for
     * htmx: the first organisations whose name contains {@code q}, the first one selected.
     */
    @GetMapping("/organisations/options")
    String options(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("choices", organisations.choices(q, null));
        return "network/fragments :: organisation-options";
    }

    @GetMapping("/organisations/new")
    @CanCreateOrganisation
    String newOrganisation(Model model, Locale locale) {
        model.addAttribute("organisationForm", new OrganisationForm());
        return formPage(null, model, locale);
    }

    @PostMapping("/organisations")
    @CanCreateOrganisation
    String create(
            @Valid @ModelAttribute("organisationForm") OrganisationForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Long townId = checkForm(form, result, model);
        if (result.hasErrors()) {
            return formPage(null, model, locale);
        }
        try {
            OrganisationSummary created = organisations.create(form.toDraft(townId));
            redirect.addFlashAttribute("flashSuccess", "network.organisation-form.created");
            return "redirect:/organisations/" + created.id();
        } catch (NetworkException e) {
            reject(result, e);
            return formPage(null, model, locale);
        }
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model, Locale locale) {
        model.addAttribute("contactForm", new ContactForm());
        model.addAttribute("memberForm", new MemberForm());
        return page(load(id), me, model, locale);
    }

    @GetMapping("/organisations/{id}/edit")
    @CanEditOrganisation
    String edit(@PathVariable long id, Model model, Locale locale) {
        OrganisationSummary organisation = load(id);
        model.addAttribute("organisationForm", OrganisationForm.of(organisation, townText(organisation)));
        return formPage(organisation, model, locale);
    }

    @PostMapping("/organisations/{id}")
    @CanEditOrganisation
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("organisationForm") OrganisationForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        OrganisationSummary organisation = load(id);
        Long townId = checkForm(form, result, model);
        if (result.hasErrors()) {
            return formPage(organisation, model, locale);
        }
        try {
            organisations.update(id, form.toDraft(townId), form.getVersion());
            redirect.addFlashAttribute("flashSuccess", "network.organisation-form.saved");
            return "redirect:/organisations/" + id;
        } catch (NetworkException e) {
            if (e.code().equals(NetworkException.staleVersion().code())) {
                // Keep what the person typed, show what is stored now, and let a new save start from it.
                OrganisationSummary current = load(id);
                model.addAttribute("current", current);
                form.setVersion(current.version());
            }
            reject(result, e);
            return formPage(organisation, model, locale);
        }
    }

    @PostMapping("/organisations/{id}/contacts")
    @CanEditOrganisation
    String addContact(
            @PathVariable long id,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult result,
            @AuthenticationPrincipal SignedInUser me,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        OrganisationSummary organisation = load(id);
        if (!result.hasErrors()) {
            try {
                organisations.addContact(id, form.toContact());
                redirect.addFlashAttribute("flashSuccess", "network.contacts.added");
                return "redirect:/organisations/" + id + "#contacts";
            } catch (NetworkException e) {
                String field = e.field();
                if (field != null
                        && List.of("name", "email", "phone", "position").contains(field)) {
                    result.rejectValue(field, e.messageKey(), e.arguments(), null);
                } else {
                    result.reject(e.messageKey(), e.arguments(), null);
                }
            }
        }
        model.addAttribute("memberForm", new MemberForm());
        return page(organisation, me, model, locale);
    }

    @PostMapping("/organisations/{id}/contacts/{contactId}/remove")
    @CanEditOrganisation
    String removeContact(@PathVariable long id, @PathVariable long contactId, RedirectAttributes redirect) {
        organisations.removeContact(id, contactId);
        redirect.addFlashAttribute("flashSuccess", "network.contacts.removed");
        return "redirect:/organisations/" + id + "#contacts";
    }

    @PostMapping("/organisations/{id}/members")
    @IsAdministrator
    String addMember(
            @PathVariable long id,
            @Valid @ModelAttribute("memberForm") MemberForm form,
            BindingResult result,
            @AuthenticationPrincipal SignedInUser me,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        OrganisationSummary organisation = load(id);
        Optional<UserSummary> user =
                result.hasErrors() ? Optional.empty() : accounts.findUserByEmail(form.getMemberEmail());
        if (!result.hasErrors() && user.isEmpty()) {
            result.rejectValue(
                    "memberEmail", "network.members.unknown-email", new Object[] {form.getMemberEmail()}, null);
        }
        if (result.hasErrors() || user.isEmpty()) {
            model.addAttribute("contactForm", new ContactForm());
            return page(organisation, me, model, locale);
        }
        accounts.setOrganisation(user.get().id(), id);
        redirect.addFlashAttribute("flashSuccess", "network.members.added");
        return "redirect:/organisations/" + id + "#members";
    }

    @PostMapping("/organisations/{id}/members/{userId}/remove")
    @IsAdministrator
    String removeMember(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        load(id);
        accounts.findUser(userId)
                .filter(user -> user.organisationId() != null && user.organisationId() == id)
                .ifPresent(user -> accounts.setOrganisation(user.id(), null));
        redirect.addFlashAttribute("flashSuccess", "network.members.removed");
        return "redirect:/organisations/" + id + "#members";
    }

    /**
     * Checks what Bean Validation cannot (a name in at least one language, the country) and turns
     * the typed town into a town id; when that is not clear, the field gets an error and its list
     * the candidates.
     */
    private @Nullable Long checkForm(OrganisationForm form, BindingResult result, Model model) {
        if (form.namesMissing()) {
            result.rejectValue("nameLv", "error.network.name-missing");
        }
        String country = form.getCountry().isBlank() ? null : form.getCountry();
        if (country != null && !Countries.isKnown(country)) {
            result.rejectValue("country", "error.network.unknown-country", new Object[] {country}, null);
            country = null;
        }
        if (form.getTown().isBlank()) {
            return null;
        }
        TownResolution resolution = towns.resolve(form.getTown(), country);
        if (!resolution.resolved() && resolution.candidates().isEmpty() && country != null) {
            // A region may be registered in another country than its seat: try without the country.
            resolution = towns.resolve(form.getTown(), null);
        }
        if (resolution.town() != null) {
            return resolution.town().id();
        }
        model.addAttribute("townCandidates", Map.of("town", resolution.candidates()));
        if (resolution.candidates().isEmpty()) {
            result.rejectValue("town", "network.town-field.no-match", new Object[] {form.getTown()}, null);
        } else {
            result.rejectValue("town", "network.town-field.ambiguous", new Object[] {form.getTown()}, null);
        }
        return null;
    }

    private static void reject(BindingResult result, NetworkException e) {
        String field = OrganisationForm.fieldOf(e);
        if (field != null) {
            result.rejectValue(field, e.messageKey(), e.arguments(), null);
        } else {
            result.reject(e.messageKey(), e.arguments(), null);
        }
    }

    private String page(OrganisationSummary organisation, SignedInUser me, Model model, Locale locale) {
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "town",
                organisation.townId() == null
                        ? null
                        : towns.find(organisation.townId()).orElse(null));
        model.addAttribute("contacts", organisations.contacts(organisation.id()));
        model.addAttribute("members", accounts.membersOf(organisation.id()));
        model.addAttribute("mayEdit", OrganisationPermissions.mayEdit(me, organisation.id()));
        model.addAttribute("countryNames", CountryOption.names(locale));
        twinning.section(organisation, me, model);
        return "network/organisation";
    }

    private String formPage(@Nullable OrganisationSummary organisation, Model model, Locale locale) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("countries", CountryOption.all(locale));
        model.addAttribute("countryNames", CountryOption.names(locale));
        return "network/organisation-form";
    }

    private @Nullable String townText(OrganisationSummary organisation) {
        Long townId = organisation.townId();
        return townId == null
                ? null
                : towns.find(townId).map(TownSummary::fieldText).orElse(null);
    }

    private OrganisationSummary load(long id) {
        return organisations.find(id).orElseThrow(() -> NetworkException.organisationNotFound(id));
    }
}
