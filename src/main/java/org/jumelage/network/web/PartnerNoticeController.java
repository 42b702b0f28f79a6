package org.jumelage.network.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.NetworkException;
import org.jumelage.network.NetworkMeasures;
import org.jumelage.network.NoticeTownSize;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationPermissions;
import org.jumelage.network.PartnerNotice;
import org.jumelage.network.PartnerNotices;
import org.jumelage.shared.Paging;
import org.jumelage.shared.web.FormErrors;
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
 * The staff pages of partner-search notices: the notices of one's own organisation and all of
 * them; publishing, editing and withdrawing for the organisation's coordinators and administrators
 * (the service decides, with {@link OrganisationPermissions#mayEdit}).
 */
@Controller
class PartnerNoticeController {

    static final int PAGE_SIZE = 25;
    /** How many organisations an administrator chooses from when publishing. */
    private final PartnerNotices notices;

    private final OrganisationManagement organisations;
    private final NetworkMeasures measures;

    PartnerNoticeController(PartnerNotices notices, OrganisationManagement organisations, NetworkMeasures measures) {
        this.notices = notices;
        this.organisations = organisations;
        this.measures = measures;
    }

    @GetMapping("/partner-notices")
    String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<PartnerNotice> all = notices.all(Paging.page(page, PAGE_SIZE));
        List<PartnerNotice> mine =
                me.organisationId() == null ? List.of() : notices.ofOrganisation(me.organisationId());
        model.addAttribute("mine", mine);
        model.addAttribute("all", all);
        model.addAttribute("today", notices.today());
        model.addAttribute("mayPublish", mayPublish(me));
        return "network/partner-notices";
    }

    /** The form for a new notice; {@code q} searches an administrator's organisation choices (the form without htmx). */
    @GetMapping("/partner-notices/new")
    String newNotice(
            @AuthenticationPrincipal SignedInUser me,
            @RequestParam(defaultValue = "") String q,
            Model model,
            Locale locale) {
        if (!mayPublish(me)) {
            throw NetworkException.noticeForbidden();
        }
        NoticeForm form = new NoticeForm();
        form.setOrganisationId(q.isBlank() ? me.organisationId() : null);
        form.setExpiresOn(notices.today().plusMonths(3));
        model.addAttribute("noticeForm", form);
        return formPage(me, null, model, locale, q);
    }

    @PostMapping("/partner-notices")
    String publish(
            @AuthenticationPrincipal SignedInUser me,
            @ModelAttribute("noticeForm") NoticeForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if (form.getOrganisationId() == null) {
                    throw NetworkException.noticeOrganisationMissing();
                }
                PartnerNotice notice = notices.publish(me, form.getOrganisationId(), form.toDraft());
                redirect.addFlashAttribute("flashSuccess", "notices.staff.published");
                return "redirect:/partner-notices/" + notice.id();
            } catch (NetworkException e) {
                FormErrors.rejectInput(result, e, NoticeForm.FIELDS);
            }
        }
        return FormErrors.invalid(response, formPage(me, null, model, locale, ""));
    }

    @GetMapping("/partner-notices/{id}")
    String notice(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        PartnerNotice notice = load(id);
        model.addAttribute("notice", notice);
        model.addAttribute("today", notices.today());
        model.addAttribute("mayEdit", OrganisationPermissions.mayEdit(me, notice.organisationId()));
        return "network/partner-notice";
    }

    @GetMapping("/partner-notices/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model, Locale locale) {
        PartnerNotice notice = load(id);
        if (!OrganisationPermissions.mayEdit(me, notice.organisationId())) {
            throw NetworkException.noticeForbidden();
        }
        model.addAttribute("noticeForm", NoticeForm.of(notice));
        return formPage(me, notice, model, locale, "");
    }

    @PostMapping("/partner-notices/{id}")
    String update(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @ModelAttribute("noticeForm") NoticeForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PartnerNotice notice = load(id);
        if (!result.hasErrors()) {
            try {
                notices.update(me, id, form.toDraft(), form.getVersion());
                redirect.addFlashAttribute("flashSuccess", "notices.staff.updated");
                return "redirect:/partner-notices/" + id;
            } catch (NetworkException e) {
                FormErrors.rejectInput(result, e, NoticeForm.FIELDS);
            }
        }
        return FormErrors.invalid(response, formPage(me, notice, model, locale, ""));
    }

    @PostMapping("/partner-notices/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        notices.withdraw(me, id);
        redirect.addFlashAttribute("flashSuccess", "notices.staff.withdrawn");
        return "redirect:/partner-notices/" + id;
    }

    private String formPage(
            SignedInUser me, @Nullable PartnerNotice notice, Model model, Locale locale, String organisationQuery) {
        model.addAttribute("notice", notice);
        model.addAttribute("measures", measures.measures());
        model.addAttribute("townSizes", NoticeTownSize.values());
        model.addAttribute("chooseOrganisation", notice == null && me.hasRole(Role.ADMIN));
        if (notice == null && me.hasRole(Role.ADMIN)) {
            NoticeForm form = (NoticeForm) model.getAttribute("noticeForm");
            model.addAttribute(
                    "organisationChoices",
                    organisations.choices(organisationQuery, form == null ? null : form.getOrganisationId()));
        }
        model.addAttribute("locale", locale);
        return "network/partner-notice-form";
    }

    private static boolean mayPublish(SignedInUser me) {
        return me.hasRole(Role.ADMIN)
                || (me.organisationId() != null && OrganisationPermissions.mayEdit(me, me.organisationId()));
    }

    private PartnerNotice load(long id) {
        return notices.find(id).orElseThrow(() -> NetworkException.noticeNotFound(id));
    }
}
