package org.jumelage.config.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages every instance has whatever modules it uses: the home page and About. */
@Controller
class SiteController {

    private final String version;

    SiteController(ObjectProvider<BuildProperties> buildProperties) {
        BuildProperties build = buildProperties.getIfAvailable();
        this.version = build == null ? "development" : build.getVersion();
    }

    @GetMapping("/")
    String home(@RequestParam(name = "signed-out", required = false) @Nullable String signedOut, Model model) {
        model.addAttribute("signedOut", signedOut != null);
        return "site/home";
    }

    @GetMapping("/about")
    String about(Model model) {
        model.addAttribute("version", version);
        return "site/about";
    }
}
