package org.jumelage.publicity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.NetworkException;
import org.jumelage.network.PartnerNotice;
import org.jumelage.network.PartnerNoticeRelay;
import org.jumelage.network.PartnerNotices;
import org.jumelage.network.RelayConfirmation;
import org.jumelage.network.RelayLimitReached;
import org.jumelage.network.RelayMessage;
import org.jumelage.publicity.PublicityException;
import org.jumelage.shared.Languages;
import org.jumelage.shared.Paging;
import org.jumelage.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.web.csrf.CsrfToken;
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
 * The public partner-search notices ({@link PartnerNotices}): the list of current notices and a
 * notice's page with the contact form, whose messages go through {@link PartnerNoticeRelay} (a
 * confirmation link to the sender first). No address of an organisation is ever on these pages.
 * The notice pages carry a form (and its CSRF token), so they are not cached like the other public
 * pages; the list is.
 */
@Controller
class PublicPartnerNoticeController {

    static final int PAGE_SIZE = 20;

    /** The relay's field names and the contact form's. */
    private static final Map<String, String> FIELDS = Map.of("message", "text");

    private final PartnerNotices notices;
    private final PartnerNoticeRelay relay;
    private final PublicPages pages;
    private final MessageSource messages;

    PublicPartnerNoticeController(
            PartnerNotices notices, PartnerNoticeRelay relay, PublicPages pages, MessageSource messages) {
        this.notices = notices;
        this.relay = relay;
        this.pages = pages;
        this.messages = messages;
    }

    /** The contact form of a notice's page. */
    static class ContactForm {
        private String name = "";
        private String email = "";
        private String organisation = "";
        private String town = "";
        private String text = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public String getTown() {
            return town;
        }

        public void setTown(String town) {
            this.town = town;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        RelayMessage toMessage() {
            return new RelayMessage(name, email, organisation, town, text);
        }
    }

    @GetMapping("/{lang:" + Languages.PATH_PATTERN + "}/partner-notices")
    String list(
            @PathVariable String lang,
            @RequestParam(name = "page", required = false) @Nullable String pageNumber,
            Model model) {
        int number = PublicPages.pageNumber(pageNumber);
        Page<PartnerNotice> page = notices.current(Paging.page(number - 1, PAGE_SIZE));
        if (number > 1 && number > page.getTotalPages()) {
            throw PublicityException.publicPageNotFound();
        }
        Locale locale = PublicPages.locale(lang);
        String path = PublicPages.withQuery("/partner-notices", "page", number > 1 ? number : null);
        String title = messages.getMessage("notices.public.heading", null, locale);
        pages.prepare(
                model,
                lang,
                path,
                pages.head(
                        lang,
                        path,
                        title,
                        messages.getMessage("notices.public.description", null, locale),
                        "website",
                        null,
                        null));
        model.addAttribute("section", "partner-notices");
        model.addAttribute("notices", page.getContent());
        model.addAttribute("total", page.getTotalElements());
        model.addAttribute("pageNumber", number);
        model.addAttribute(
                "newerHref",
                number > 1
                        ? PublicPages.withQuery("/" + lang + "/partner-notices", "page", number > 2 ? number - 1 : null)
                        : null);
        model.addAttribute(
                "olderHref",
                page.hasNext() ? PublicPages.withQuery("/" + lang + "/partner-notices", "page", number + 1) : null);
        return "publicity/public/partner-notices";
    }

    @GetMapping("/{lang:" + Languages.PATH_PATTERN + "}/partner-notices/{id:\\d+}")
    String notice(@PathVariable String lang, @PathVariable long id, CsrfToken csrf, Model model) {
        model.addAttribute("contactForm", new ContactForm());
        return noticePage(lang, load(id), csrf, model);
    }

    @PostMapping("/{lang:" + Languages.PATH_PATTERN + "}/partner-notices/{id:\\d+}/messages")
    String answer(
            @PathVariable String lang,
            @PathVariable long id,
            @ModelAttribute("contactForm") ContactForm form,
            BindingResult result,
            CsrfToken csrf,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        PartnerNotice notice = load(id);
        try {
            relay.submit(id, form.toMessage(), request.getRemoteAddr(), PublicPages.locale(lang));
            redirect.addFlashAttribute("relaySent", true);
            return "redirect:/" + lang + "/partner-notices/" + id + "#contact";
        } catch (NetworkException e) {
            FormErrors.rejectInput(result, e, FIELDS);
            return FormErrors.invalid(response, noticePage(lang, notice, csrf, model));
        } catch (RelayLimitReached e) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            result.reject("error.network.relay-limit", new Object[] {e.retryAfterSeconds()}, null);
            return noticePage(lang, notice, csrf, model);
        }
    }

    @GetMapping("/{lang:" + Languages.PATH_PATTERN + "}/partner-notices/confirm/{token}")
    String confirmPage(@PathVariable String lang, @PathVariable String token, CsrfToken csrf, Model model) {
        csrf.getToken(); // stored in the session before the page is written (see noticePage)
        prepareUnindexed(lang, "notices.confirm.heading", model);
        model.addAttribute("token", token);
        return "publicity/public/partner-notice-confirm";
    }

    @PostMapping("/{lang:" + Languages.PATH_PATTERN + "}/partner-notices/confirm/{token}")
    String confirm(@PathVariable String lang, @PathVariable String token, HttpServletResponse response, Model model) {
        RelayConfirmation confirmation = relay.confirm(token);
        prepareUnindexed(lang, "notices.confirm.heading", model);
        model.addAttribute("outcome", confirmation.outcome().name());
        model.addAttribute("noticeId", confirmation.noticeId());
        if (confirmation.outcome() == RelayConfirmation.Outcome.UNKNOWN) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (confirmation.outcome() == RelayConfirmation.Outcome.EXPIRED) {
            response.setStatus(HttpServletResponse.SC_GONE);
        }
        return "publicity/public/partner-notice-confirmed";
    }

    private void prepareUnindexed(String lang, String titleKey, Model model) {
        Locale locale = PublicPages.locale(lang);
        String title = messages.getMessage(titleKey, null, locale);
        pages.prepare(model, lang, "/partner-notices", pages.unindexed(lang, title));
        model.addAttribute("section", "partner-notices");
        model.addAttribute("heading", title);
    }

    private String noticePage(String lang, PartnerNotice notice, CsrfToken csrf, Model model) {
        // The form's token is kept in the session; it must exist before the page is written, since
        // a long page commits the response before the form is reached.
        csrf.getToken();
        Locale locale = PublicPages.locale(lang);
        PublicPages.PublicTexts texts = new PublicPages.PublicTexts(locale);
        PublicPages.PublicText title = texts.of(notice.title());
        String path = "/partner-notices/" + notice.id();
        pages.prepare(
                model,
                lang,
                path,
                pages.head(
                        lang,
                        path,
                        title.text(),
                        PublicPages.shorten(texts.of(notice.idea()).text(), 200),
                        "website",
                        null,
                        null));
        model.addAttribute("section", "partner-notices");
        model.addAttribute("notice", notice);
        model.addAttribute("title", title);
        model.addAttribute("languageNames", languageNames(notice.languages(), locale));
        model.addAttribute("linkHours", PartnerNoticeRelay.LINK_HOURS);
        return "publicity/public/partner-notice";
    }

    private static List<String> languageNames(List<String> codes, Locale locale) {
        return codes.stream()
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale))
                .toList();
    }

    private PartnerNotice load(long id) {
        return notices.current(id).orElseThrow(PublicityException::publicPageNotFound);
    }
}
