package org.jumelage.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.shared.LocalizedText;

/** Partner-search notices and their organisations for tests: each with unique names and contact. */
public final class NoticeMother {

    /** An administrator as the services see one. */
    public static final SignedInUser ADMIN =
            new SignedInUser(1, "admin@jumelage.test", "Administrator", "en", Set.of(Role.ADMIN), null);

    private NoticeMother() {}

    /** A notice in both languages, or with the English text only when {@code lv} is null. */
    public static NoticeDraft draft(String titleLv, String titleEn, LocalDate expiresOn) {
        return new NoticeDraft(
                LocalizedText.of(titleLv, titleEn),
                LocalizedText.of(
                        titleLv == null ? null : "Kopīgs festivāls upju pilsētām",
                        "A joint festival of river towns, with schools and choirs"),
                LocalizedText.of(null, "Culture and memory"),
                LocalizedText.of(null, "A small town on a river"),
                "E4C-2014-TT",
                LocalDate.of(2027, 3, 1),
                NoticeTownSize.SMALL,
                List.of("en", "lv"),
                expiresOn);
    }

    /** An organisation of Daugavpils with one contact; returns its id. */
    public static long organisationWithContact(OrganisationManagement organisations, String contactEmail) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OrganisationSummary organisation = organisations.create(OrganisationMother.organisation()
                .named("Daugavpils valstspilsētas pašvaldība " + tag, "Daugavpils City Council " + tag)
                .build());
        organisations.addContact(organisation.id(), new NewContact("Inga Bērziņa", contactEmail, null, null));
        return organisation.id();
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.lv";
    }
}
