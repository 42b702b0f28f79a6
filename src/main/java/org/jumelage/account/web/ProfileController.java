package org.jumelage.account.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.jumelage.account.AccountException;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.CreatedApiToken;
import org.jumelage.account.SignedInUser;
import org.jumelage.account.UserSummary;
import org.jumelage.shared.TranslationCoverage;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own page: details, language, password and personal API tokens. */
@Controller
@RequestMapping("/profile")
class ProfileController {

    private static final String VIEW = "account/profile";
    private static final String TOKENS_FRAGMENT = "account/profile :: tokens";

    private final AccountManagement accounts;
    private final LocaleResolver localeResolver;
    private final SecurityContextRepository securityContextRepository = new HttpSessionSecurityContextRepository();

    ProfileController(AccountManagement accounts, LocaleResolver localeResolver) {
        this.accounts = accounts;
        this.localeResolver = localeResolver;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("profileForm", profileFormOf(load(me)));
        model.addAttribute("passwordForm", new ChangePasswordForm());
        model.addAttribute("tokenForm", new CreateTokenForm());
        return page(me, model);
    }

    @PostMapping
    String updateProfile(
            @AuthenticationPrincipal SignedInUser me,
            @Valid @ModelAttribute("profileForm") ProfileForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UserSummary updated = accounts.updateProfile(me.id(), form.getDisplayName(), form.getLanguage());
                refreshPrincipal(updated.id(), request, response);
                localeResolver.setLocale(request, response, Locale.forLanguageTag(updated.language()));
                redirect.addFlashAttribute("flashSuccess", "account.profile.saved");
                return "redirect:/profile";
            } catch (AccountException e) {
                result.rejectValue(
                        e.code().equals("account.invalid-name") ? "displayName" : "language",
                        e.messageKey(),
                        e.arguments(),
                        null);
            }
        }
        model.addAttribute("passwordForm", new ChangePasswordForm());
        model.addAttribute("tokenForm", new CreateTokenForm());
        return page(me, model);
    }

    @PostMapping("/password")
    String changePassword(
            @AuthenticationPrincipal SignedInUser me,
            @Valid @ModelAttribute("passwordForm") ChangePasswordForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("confirmation") && !form.confirmationMatches()) {
            result.rejectValue("confirmation", "account.password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                accounts.changePassword(
                        me.id(),
                        form.getCurrentPassword(),
                        form.getNewPassword(),
                        request.getSession().getId());
                redirect.addFlashAttribute("flashSuccess", "account.password.changed");
                return "redirect:/profile";
            } catch (AccountException e) {
                String field = e.code().equals("account.wrong-current-password") ? "currentPassword" : "newPassword";
                result.rejectValue(field, e.messageKey(), e.arguments(), null);
            }
        }
        model.addAttribute("profileForm", profileFormOf(load(me)));
        model.addAttribute("tokenForm", new CreateTokenForm());
        return page(me, model);
    }

    @PostMapping("/tokens")
    String createToken(
            @AuthenticationPrincipal SignedInUser me,
            @Valid @ModelAttribute("tokenForm") CreateTokenForm form,
            BindingResult result,
            Model model,
            HtmxRequest htmx) {
        if (!result.hasErrors()) {
            try {
                CreatedApiToken created = accounts.createApiToken(me.id(), form.getName());
                model.addAttribute("createdToken", created);
                model.addAttribute("tokenForm", new CreateTokenForm());
            } catch (AccountException e) {
                result.rejectValue("name", e.messageKey(), e.arguments(), null);
            }
        }
        if (htmx.isHtmxRequest()) {
            model.addAttribute("tokens", accounts.listApiTokens(me.id()));
            return TOKENS_FRAGMENT;
        }
        model.addAttribute("profileForm", profileFormOf(load(me)));
        model.addAttribute("passwordForm", new ChangePasswordForm());
        return page(me, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            Model model,
            HtmxRequest htmx,
            RedirectAttributes redirect) {
        accounts.revokeApiToken(me.id(), id);
        if (htmx.isHtmxRequest()) {
            model.addAttribute("tokenForm", new CreateTokenForm());
            model.addAttribute("tokens", accounts.listApiTokens(me.id()));
            return TOKENS_FRAGMENT;
        }
        redirect.addFlashAttribute("flashSuccess", "account.tokens.revoked");
        return "redirect:/profile";
    }

    private String page(SignedInUser me, Model model) {
        model.addAttribute("user", load(me));
        model.addAttribute("tokens", accounts.listApiTokens(me.id()));
        model.addAttribute("languages", TranslationCoverage.staffLanguages());
        model.addAttribute("minPasswordLength", AccountManagement.MIN_PASSWORD_LENGTH);
        return VIEW;
    }

    private UserSummary load(SignedInUser me) {
        return accounts.findUser(me.id()).orElseThrow(() -> AccountException.userNotFound(me.id()));
    }

    private static ProfileForm profileFormOf(UserSummary user) {
        ProfileForm form = new ProfileForm();
        form.setDisplayName(user.displayName());
        form.setLanguage(user.language());
        return form;
    }

    /** The session keeps a copy of the signed-in user; after a change of name or language it is renewed. */
    private void refreshPrincipal(long userId, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        accounts.signedInUser(userId).ifPresent(user -> {
            UsernamePasswordAuthenticationToken renewed =
                    UsernamePasswordAuthenticationToken.authenticated(user, null, current.getAuthorities());
            renewed.setDetails(current.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(renewed);
            SecurityContextHolder.setContext(context);
            securityContextRepository.saveContext(context, request, response);
        });
    }
}
