package org.jumelage.programme.web;

import java.util.Locale;
import org.jumelage.programme.ProgrammeCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The catalogue page for signed-in users: programmes, strands and measures, with each measure's calls and results. */
@Controller
class ProgrammeCatalogueController {

    private final ProgrammeCatalogue catalogue;

    ProgrammeCatalogueController(ProgrammeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/programmes")
    String catalogue(Locale locale, Model model) {
        model.addAttribute("programmes", CataloguePage.of(catalogue, locale));
        return "programme/catalogue";
    }
}
