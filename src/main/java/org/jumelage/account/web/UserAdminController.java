package org.jumelage.account.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import org.jumelage.account.AccountException;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.IsAdministrator;
import org.jumelage.account.Role;
import org.jumelage.account.UserSummary;
import org.jumelage.shared.Paging;
import org.jumelage.shared.TranslationCoverage;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list, create, enable and disable users and set their roles. */
@Controller
@RequestMapping("/admin/users")
@IsAdministrator
class UserAdminController {

    static final int PAGE_SIZE = 25;

    private final AccountManagement accounts;

    UserAdminController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<UserSummary> users = accounts.listUsers(q, Paging.page(page, PAGE_SIZE));
        model.addAttribute("users", users);
        model.addAttribute("query", q);
        return "account/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("userForm", new CreateUserForm());
        return newUserPage(model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("userForm") CreateUserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return newUserPage(model);
        }
        try {
            UserSummary user = accounts.createUser(form.toCommand());
            redirect.addFlashAttribute("flashSuccess", "account.new-user.created");
            return "redirect:/admin/users/" + user.id();
        } catch (AccountException e) {
            result.rejectValue(fieldOf(e), e.messageKey(), e.arguments(), null);
            return newUserPage(model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        UserSummary user = load(id);
        RolesForm rolesForm = new RolesForm();
        rolesForm.setRoles(user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles()));
        model.addAttribute("rolesForm", rolesForm);
        return userPage(user, model);
    }

    @PostMapping("/{id}/roles")
    String setRoles(
            @PathVariable long id,
            @ModelAttribute("rolesForm") RolesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            accounts.setRoles(id, form.getRoles());
            redirect.addFlashAttribute("flashSuccess", "account.user.roles-saved");
            return "redirect:/admin/users/" + id;
        } catch (AccountException e) {
            result.reject(e.messageKey(), e.arguments(), null);
            return userPage(load(id), model);
        }
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, enabled);
            redirect.addFlashAttribute("flashSuccess", enabled ? "account.user.enabled" : "account.user.disabled");
        } catch (AccountException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    private String newUserPage(Model model) {
        model.addAttribute("languages", TranslationCoverage.staffLanguages());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("minPasswordLength", AccountManagement.MIN_PASSWORD_LENGTH);
        return "account/new-user";
    }

    private String userPage(UserSummary user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("allRoles", Role.values());
        return "account/user";
    }

    private UserSummary load(long id) {
        return accounts.findUser(id).orElseThrow(() -> AccountException.userNotFound(id));
    }

    private static String fieldOf(AccountException e) {
        String code = e.code();
        if (code.equals("account.email-taken") || code.equals("account.invalid-email")) {
            return "email";
        }
        if (code.startsWith("account.password")) {
            return "password";
        }
        if (code.equals("account.no-role")) {
            return "roles";
        }
        if (code.equals("account.unsupported-language")) {
            return "language";
        }
        return "displayName";
    }
}
