package org.jumelage.participation.domain;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jumelage.event.EventCalendar;
import org.jumelage.event.EventSummary;
import org.jumelage.mail.MailAttachment;
import org.jumelage.mail.MailOutbox;
import org.jumelage.mail.OutgoingMail;
import org.jumelage.participation.RegistrationStatus;
import org.jumelage.participation.persistence.RegistrationRow;
import org.jumelage.shared.LocalFormats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of registration, in the registrant's language, put in the outbox in the caller's
 * transaction: confirmed or on the waiting list (with the event's {@code .ics}), moved up from the
 * waiting list (with the {@code .ics}), cancelled. Each carries the personal link, an absolute URL
 * built on {@code jumelage.public-url}. People registered without an e-mail get no mail.
 */
@Component
class RegistrationMails {

    static final String CONFIRMED = "event.registration-confirmed";
    static final String WAITLISTED = "event.registration-waitlisted";
    static final String PROMOTED = "event.registration-promoted";
    static final String CANCELLED = "event.registration-cancelled";

    private final MessageSource messages;
    private final MailOutbox outbox;
    private final String publicUrl;

    RegistrationMails(
            MessageSource messages,
            MailOutbox outbox,
            @Value("${jumelage.public-url:http://localhost:8080}") String publicUrl) {
        this.messages = messages;
        this.outbox = outbox;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The absolute personal link of a registration. */
    String personalLink(String manageToken) {
        return publicUrl + "/registration/" + manageToken;
    }

    void registered(EventSummary event, RegistrationRow registration) {
        boolean waiting = registration.status() == RegistrationStatus.WAITLISTED;
        send(event, registration, waiting ? "waitlisted" : "confirmed", waiting ? WAITLISTED : CONFIRMED, true);
    }

    void promoted(EventSummary event, RegistrationRow registration) {
        send(event, registration, "promoted", PROMOTED, true);
    }

    void cancelled(EventSummary event, RegistrationRow registration) {
        send(event, registration, "cancelled", CANCELLED, false);
    }

    private void send(
            EventSummary event, RegistrationRow registration, String kind, String purpose, boolean withCalendar) {
        if (registration.email() == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(registration.language());
        String title = event.titles().in(locale);
        String link = personalLink(registration.manageToken());
        StringBuilder text = new StringBuilder();
        text.append(message(locale, "event.registration.mail.greeting", registration.firstName()))
                .append("\n\n")
                .append(message(locale, "event.registration.mail.body." + kind, title))
                .append("\n\n")
                .append(message(locale, "event.registration.mail.event", title))
                .append('\n');
        if (event.startDate() != null && event.endDate() != null) {
            DateTimeFormatter dates = LocalFormats.dateFormat(locale);
            text.append(message(
                            locale,
                            "event.registration.mail.dates",
                            dates.format(event.startDate()),
                            dates.format(event.endDate())))
                    .append('\n');
        }
        String towns = event.hostPlaces().stream()
                .map(place -> place.name() + " (" + org.jumelage.shared.Countries.name(place.country(), locale) + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        if (!towns.isEmpty()) {
            text.append(message(locale, "event.registration.mail.places", towns))
                    .append('\n');
        }
        if (event.venue() != null && !event.venue().isBlank()) {
            text.append(message(locale, "event.registration.mail.venue", event.venue()))
                    .append('\n');
        }
        text.append('\n');
        if (!kind.equals("cancelled")) {
            text.append(message(locale, "event.registration.mail.link", link)).append("\n\n");
            if (registration.status() == RegistrationStatus.CONFIRMED) {
                text.append(message(
                                locale,
                                "event.registration.mail.code",
                                org.jumelage.participation.CheckInCode.display(registration.shortCode())))
                        .append("\n\n");
            }
        }
        List<MailAttachment> attachments = new ArrayList<>();
        if (withCalendar) {
            byte[] ics = EventCalendar.ics(event, locale, publicUrl, link);
            if (ics != null) {
                attachments.add(
                        new MailAttachment("event-" + event.id() + ".ics", "text/calendar; charset=UTF-8", ics));
                text.append(message(locale, "event.registration.mail.calendar")).append("\n\n");
            }
        }
        text.append(message(locale, "event.registration.mail.footer"));
        outbox.enqueue(new OutgoingMail(
                registration.email(),
                message(locale, "event.registration.mail.subject." + kind, title),
                text.toString(),
                null,
                attachments,
                purpose));
    }

    private String message(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
