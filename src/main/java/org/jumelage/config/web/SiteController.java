package org.jumelage.config.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages every instance has whatever modules it uses: About (the home page is the desk module's). */
@Controller
class SiteController {

    private final String version;

    SiteController(ObjectProvider<BuildProperties> buildProperties) {
        BuildProperties build = buildProperties.getIfAvailable();
        this.version = build == null ? "development" : build.getVersion();
    }

    @GetMapping("/about")
    String about(Model model) {
        model.addAttribute("version", version);
        return "site/about";
    }
}
