package org.jumelage.network.web;

import java.util.List;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TwinKind;
import org.jumelage.network.TwinStatus;
import org.jumelage.network.TwinningManagement;
import org.jumelage.network.Twinnings;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the town page and the organisation page's "Links of <town>" section show of a town's links. */
@Component
class TwinningSection {

    private final Twinnings twinnings;
    private final TwinningManagement management;
    private final TownDirectory towns;

    TwinningSection(Twinnings twinnings, TwinningManagement management, TownDirectory towns) {
        this.twinnings = twinnings;
        this.management = management;
        this.towns = towns;
    }

    /** The twin rows of a town for the viewer. */
    List<TwinRow> rows(long townId, SignedInUser me) {
        return twinnings.linksOf(townId).stream()
                .map(link -> TwinRow.of(
                        link, townId, management.charter(link.id()).isPresent(), management.mayManage(me, link)))
                .toList();
    }

    /** Adds what the organisation page's links section needs to the model. */
    void section(OrganisationSummary organisation, SignedInUser me, Model model) {
        Long townId = organisation.townId();
        if (townId == null) {
            return;
        }
        towns.find(townId).ifPresent(town -> {
            model.addAttribute("linksTown", town);
            model.addAttribute("links", rows(townId, me));
            model.addAttribute("mayAddLinks", management.mayManageTown(me, townId));
            model.addAttribute("twinKinds", TwinKind.values());
            model.addAttribute("twinStatuses", TwinStatus.values());
        });
    }
}
