package org.jumelage.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventException;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistrationFixtures;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Importing delegation lists: happy paths in CSV and XLSX, every bad input refused with nothing
 * stored, the valid rows only when asked, and templates that import back.
 */
@JumelageIntegrationTest
class DelegationImportIntegrationTests {

    static final String HEADER_EN = "First name,Last name,E-mail,Organisation,Town,Country,Under 18\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    DelegationImport imports;

    @Autowired
    RegistrationManagement registrations;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    RegistrationSettingsManagement settings;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    JdbcClient jdbc;

    RegistrationFixtures.Meeting meeting;
    SignedInUser partner;
    long delegation;

    @BeforeEach
    void setUp() {
        meeting = new RegistrationFixtures(organisations, accounts, projects, events, settings, jdbc).meeting(null);
        partner = meeting.partner();
        delegation = meeting.delegationId();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
    }

    long stored() {
        return jdbc.sql("select count(*) from event_registration where delegation_id = :d")
                .param("d", delegation)
                .query(Long.class)
                .single();
    }

    static String unique(String name) {
        return TestUsers.uniqueEmail(name);
    }

    DelegationImportReport importCsv(String csv, boolean validOnly) {
        return imports.importList(
                partner,
                delegation,
                "list.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                validOnly,
                true);
    }

    String refusal(String fileName, byte[] content) {
        try {
            imports.importList(partner, delegation, fileName, new ByteArrayInputStream(content), false, true);
        } catch (EventException e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aLatvianCsvWithSemicolonsIsImportedWithTownsCountriesAndAMinorWithoutEMail() {
        String csv = "\uFEFFVārds;Uzvārds;E-pasts;Organizācija;Pilsēta;Valsts;Jaunāks par 18;Dzimums\n"
                + "Rūta;Kazlauskienė;" + unique("ruta") + ";Kauno savivaldybė;Kaunas;Lietuva;nē;sieviete\n"
                + "Jonas;Petrauskas;" + unique("jonas") + ";;Klaipeda;LT;;vīrietis\n"
                + "Ona;Kazlauskaitė;;;;LT;jā;\n";
        DelegationImportReport report = importCsv(csv, false);
        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isEqualTo(3);
        assertThat(stored()).isEqualTo(3);
        List<RegistrationSummary> members = registrations.forDelegation(partner, delegation);
        assertThat(members).extracting(RegistrationSummary::source).containsOnly(RegistrationSource.IMPORT);
        assertThat(members)
                .filteredOn(member -> member.firstName().equals("Rūta"))
                .singleElement()
                .satisfies(member -> {
                    assertThat(member.townName()).isEqualTo("Kaunas");
                    assertThat(member.townId()).isEqualTo(598316L);
                    assertThat(member.country()).isEqualTo("LT");
                    assertThat(member.gender()).isEqualTo("female");
                });
        assertThat(members)
                .filteredOn(member -> member.firstName().equals("Ona"))
                .singleElement()
                .satisfies(member -> assertThat(member.email()).isNull());
        assertThat(auditTrail
                        .entries("event.import.completed", PageRequest.of(0, 50))
                        .getContent())
                .anySatisfy(entry -> assertThat(entry.target()).startsWith("delegation " + delegation + " "));
    }

    @Test
    void everyRowProblemIsListedByRowAndColumnAndNothingIsStored() {
        String taken = unique("taken");
        registrations.register(
                partner,
                meeting.eventId(),
                RegistrationFixtures.citizen("Existing", "Person", delegation),
                RegistrationSource.STAFF);
        String existingEmail =
                registrations.forDelegation(partner, delegation).get(0).email();
        long before = stored();
        String twice = unique("twice");
        String csv = HEADER_EN
                + "Anna,Ozola,not-an-address,,,LV,\n" // row 2: invalid e-mail
                + "Marta,Liepa," + unique("marta") + ",,,Atlantis,\n" // row 3: unknown country
                + "Ilze,Kalna," + twice + ",,,LV,\n" // row 4
                + "Inga,Priede," + twice + ",,,LV,\n" // row 5: same e-mail as row 4
                + "Ilze,Kalna," + unique("ilze") + ",,,LV,\n" // row 6: same name as row 4
                + "Pēteris,Egle," + unique("peteris") + ",,Nowhereville,LV,\n" // row 7: unknown town
                + "Juris,Bērzs," + existingEmail + ",,,LV,\n" // row 8: already registered
                + "Existing,Person," + taken + ",,,LT,\n" // row 9: same name in the delegation
                + "Laura,Vītola,,,,LV,maybe\n" // row 10: neither yes nor no, and then no e-mail
                + "Valid,Person," + unique("valid") + ",,,LV,\n"; // row 11
        DelegationImportReport report = importCsv(csv, false);
        assertThat(report.imported()).isZero();
        assertThat(report.rows()).isEqualTo(10);
        assertThat(report.validRows()).isEqualTo(2);
        assertThat(report.problems())
                .extracting(p -> p.row() + " " + p.column() + " " + p.messageKey())
                .contains(
                        "2 EMAIL error.event.registration.email-invalid",
                        "3 COUNTRY error.event.registration.unknown-country",
                        "5 EMAIL error.event.import.duplicate-email-in-file",
                        "6 FIRST_NAME error.event.import.duplicate-name-in-file",
                        "7 TOWN error.event.import.unknown-town",
                        "8 EMAIL error.event.registration.duplicate-email",
                        "9 FIRST_NAME error.event.registration.duplicate-name",
                        "10 MINOR error.event.import.invalid-yes-no",
                        "10 EMAIL error.event.registration.email-required");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void theValidRowsOnlyAreStoredWhenTheUserAsksForThat() {
        long before = stored();
        String csv = HEADER_EN
                + "Anna,Ozola,not-an-address,,,LV,\n"
                + "Marta,Liepa," + unique("marta") + ",,,LV,\n"
                + "Ilze,Kalna," + unique("ilze") + ",,,LV,\n";
        DelegationImportReport report = importCsv(csv, true);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.row()).isEqualTo(2));
        assertThat(stored()).isEqualTo(before + 2);
    }

    @Test
    void withoutTheConsentConfirmationNothingIsStored() {
        long before = stored();
        String csv = HEADER_EN + "Marta,Liepa," + unique("marta") + ",,,LV,\n";
        EventException e = org.junit.jupiter.api.Assertions.assertThrows(
                EventException.class,
                () -> imports.importList(
                        partner,
                        delegation,
                        "list.csv",
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        false,
                        false));
        assertThat(e.code()).isEqualTo("event.import.consent-required");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aListWithoutARequiredColumnIsRefusedNamingItAndNothingIsStored() {
        long before = stored();
        try {
            importCsv("First name,Last name,Town\nAnna,Ozola,Rīga\n", false);
            throw new AssertionError("not refused");
        } catch (EventException e) {
            assertThat(e.code()).isEqualTo("event.import.missing-columns");
            assertThat(e.arguments()).containsExactly("E-mail, Country");
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aHundredThousandRowsAreRefusedAndNothingIsStored() {
        long before = stored();
        StringBuilder csv = new StringBuilder("first_name,last_name,email,country\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append('P').append(i).append(",T,p").append(i).append("@x.lv,LV\n");
        }
        long start = System.nanoTime();
        assertThat(refusal("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .isIn("event.import.too-many-rows", "event.import.too-large");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aListForAnEventWhoseRegistrationIsClosedIsRefusedAsAWhole() {
        settings.update(
                meeting.coordinator(),
                meeting.eventId(),
                new RegistrationSettingsDraft(
                        false,
                        null,
                        null,
                        null,
                        true,
                        List.of("lv", "en"),
                        RegistrationQuestions.ALL,
                        org.jumelage.shared.LocalizedText.of("Piekrītu.", "I agree.")));
        long before = stored();
        assertThat(refusal(
                        "list.csv",
                        (HEADER_EN + "Marta,Liepa," + unique("marta") + ",,,LV,\n").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("event.registration.closed");
        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"png.csv", "zip.xlsx", "csv.xlsx", "png.xlsx", "list.pdf"})
    void aFileThatIsNotWhatItsNameSaysIsRefusedAndNothingIsStored(String name) throws IOException {
        long before = stored();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] content = switch (name) {
            case "png.csv", "png.xlsx" -> png;
            case "zip.xlsx" -> zip();
            default -> (HEADER_EN + "Anna,Ozola,anna@example.org,,,LV,\n").getBytes(StandardCharsets.UTF_8);
        };
        String expected = switch (name) {
            case "png.csv" -> "event.import.not-csv";
            case "list.pdf" -> "event.import.unsupported-type";
            default -> "event.import.not-xlsx";
        };
        assertThat(refusal(name, content)).isEqualTo(expected);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anotherPartnerMayNotImportIntoTheDelegation() throws Exception {
        Cookie stranger = SignIn.as(mvc, meeting.coordinatorEmail(), TestUsers.PASSWORD);
        // The coordinator of the project may; a user of no partner organisation may not even see it.
        mvc.perform(get("/delegations/" + delegation + "/import").cookie(stranger))
                .andExpect(status().isOk());
        String outsiderEmail = TestUsers.uniqueEmail("outsider");
        accounts.createUser(TestUsers.withRoles(outsiderEmail, org.jumelage.account.Role.COORDINATOR));
        Cookie outsider = SignIn.as(mvc, outsiderEmail, TestUsers.PASSWORD);
        mvc.perform(multipart("/delegations/" + delegation + "/import")
                        .file(new MockMultipartFile("file", "list.csv", "text/csv", HEADER_EN.getBytes()))
                        .param("mode", "import")
                        .param("consent", "true")
                        .cookie(outsider)
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anXlsxListUploadedOnThePageIsImported() throws Exception {
        Cookie contact = SignIn.as(mvc, meeting.partnerEmail(), TestUsers.PASSWORD);
        long before = stored();
        byte[] xlsx = workbook(List.of(
                List.of("first_name", "last_name", "email", "town", "country", "minor"),
                List.of("Rūta", "Kazlauskienė", unique("ruta"), "Kaunas", "LT", "no"),
                List.of("Jonas", "Petrauskas", unique("jonas"), "", "Lithuania", "")));
        String html = mvc.perform(multipart("/delegations/" + delegation + "/import")
                        .file(new MockMultipartFile("file", "list.xlsx", "application/octet-stream", xlsx))
                        .param("mode", "import")
                        .param("consent", "true")
                        .cookie(contact)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select("#import-result .alert-success").text())
                .contains("2");
        assertThat(stored()).isEqualTo(before + 2);
        Document page =
                Jsoup.parse(mvc.perform(get("/delegations/" + delegation).cookie(contact))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("#member-list tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Rūta Kazlauskienė"));
    }

    @Test
    void rowErrorsOnThePageAreInTheUsersLanguageAnd422() throws Exception {
        Cookie contact = SignIn.as(mvc, meeting.partnerEmail(), TestUsers.PASSWORD);
        long before = stored();
        String html = mvc.perform(multipart("/delegations/" + delegation + "/import")
                        .file(new MockMultipartFile(
                                "file",
                                "list.csv",
                                "text/csv",
                                (HEADER_EN + "Anna,Ozola,not-an-address,,,LV,\n").getBytes(StandardCharsets.UTF_8)))
                        .param("mode", "import")
                        .param("consent", "true")
                        .param("lang", "lv")
                        .cookie(contact)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#import-problems tbody td").eachText()).contains("2", "E-pasts");
        assertThat(stored()).isEqualTo(before);

        String refused = mvc.perform(multipart("/delegations/" + delegation + "/import")
                        .file(new MockMultipartFile("file", "photo.csv", "text/csv", zip()))
                        .param("mode", "check")
                        .cookie(contact)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(refused).select("#import-file-error").text()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv:en", "csv:lv", "xlsx:en", "xlsx:lv"})
    void theTemplatesImportBackOnceFilledIn(String variant) throws Exception {
        String format = variant.split(":")[0];
        String language = variant.split(":")[1];
        Cookie contact = SignIn.as(mvc, meeting.partnerEmail(), TestUsers.PASSWORD);
        byte[] template = mvc.perform(get("/delegations/" + delegation + "/import/template." + format)
                        .param("lang", language)
                        .cookie(contact))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("." + format)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] filled;
        if (format.equals("csv")) {
            String text = new String(template, StandardCharsets.UTF_8);
            char delimiter = language.equals("lv") ? ';' : ',';
            assertThat(text).startsWith("\uFEFF").contains(language.equals("lv") ? "Vārds" : "First name");
            String row = String.join(
                    String.valueOf(delimiter), "Anna", "Ozola", unique("anna"), "", "Kaunas", "LT", "", "", "", "", "");
            filled = (text + row + "\r\n").getBytes(StandardCharsets.UTF_8);
        } else {
            List<String> headers = new ArrayList<>();
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
                Row first = workbook.getFirstSheet().read().get(0);
                for (int i = 0; i < first.getCellCount(); i++) {
                    headers.add(first.getCellText(i));
                }
                assertThat(workbook.getSheets().count()).isEqualTo(2);
            }
            assertThat(headers).hasSize(DelegationListColumn.values().length);
            filled = workbook(
                    List.of(headers, List.of("Anna", "Ozola", unique("anna"), "", "Kaunas", "LT", "", "", "", "", "")));
        }
        DelegationImportReport report =
                imports.check(partner, delegation, "template." + format, new ByteArrayInputStream(filled));
        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).isEqualTo(1);
    }

    @Test
    void theContactAddsChangesAndCancelsMembersOnTheDelegationPage() throws Exception {
        Cookie contact = SignIn.as(mvc, meeting.partnerEmail(), TestUsers.PASSWORD);
        long before = stored();
        mvc.perform(post("/delegations/" + delegation + "/members")
                        .cookie(contact)
                        .with(csrf())
                        .param("firstName", "Ona")
                        .param("lastName", "Kazlauskaitė")
                        .param("email", "")
                        .param("town", "Kaunas")
                        .param("country", "LT"))
                .andExpect(status().isUnprocessableContent());
        assertThat(stored()).isEqualTo(before);
        mvc.perform(post("/delegations/" + delegation + "/members")
                        .cookie(contact)
                        .with(csrf())
                        .param("firstName", "Ona")
                        .param("lastName", "Kazlauskaitė")
                        .param("email", "")
                        .param("minor", "true")
                        .param("town", "Kaunas")
                        .param("country", "LT"))
                .andExpect(status().isFound());
        assertThat(stored()).isEqualTo(before + 1);
        RegistrationSummary ona = registrations.forDelegation(partner, delegation).stream()
                .filter(member -> "Ona".equals(member.firstName()))
                .findFirst()
                .orElseThrow();
        assertThat(ona.source()).isEqualTo(RegistrationSource.STAFF);
        assertThat(ona.townId()).isEqualTo(598316L);
        mvc.perform(get("/delegations/" + delegation + "/members/" + ona.id() + "/edit")
                        .cookie(contact))
                .andExpect(status().isOk());
        mvc.perform(post("/delegations/" + delegation + "/members/" + ona.id())
                        .cookie(contact)
                        .with(csrf())
                        .param("firstName", "Ona")
                        .param("lastName", "Kazlauskienė")
                        .param("email", "")
                        .param("minor", "true")
                        .param("town", "Kaunas")
                        .param("country", "LT"))
                .andExpect(status().isFound());
        assertThat(registrations.find(partner, ona.id()).orElseThrow().lastName())
                .isEqualTo("Kazlauskienė");
        mvc.perform(post("/delegations/" + delegation + "/members/" + ona.id() + "/cancel")
                        .cookie(contact)
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(registrations.find(partner, ona.id()).orElseThrow().status())
                .isEqualTo(RegistrationStatus.CANCELLED);
    }

    static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] workbook(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Tests", "1.0");
        Worksheet sheet = workbook.newWorksheet("List");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r, c, rows.get(r).get(c));
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
