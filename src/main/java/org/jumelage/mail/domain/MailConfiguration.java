package org.jumelage.mail.domain;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;
import org.jumelage.mail.persistence.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The mail module's wiring: the outbox worker runs on Spring's scheduler, and sends by SMTP only
 * when an SMTP host is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    OutboxWorker outboxWorker(OutboxStore store, MailSettings settings, Clock clock) {
        MailTransport transport = settings.smtp().configured() ? SmtpMailTransport.of(settings) : null;
        return new OutboxWorker(store, transport, settings, clock, workerId());
    }

    /** Says once started whether and where mail is sent. */
    @EventListener(ApplicationReadyEvent.class)
    void report(ApplicationReadyEvent event) {
        OutboxWorker worker = event.getApplicationContext().getBean(OutboxWorker.class);
        worker.destination()
                .ifPresentOrElse(
                        destination -> log.info(
                                "Jumelage mail: sent by SMTP to {} (worker {})", destination, worker.workerId()),
                        () -> log.warn("Jumelage mail: NOT sent, no SMTP host (JUMELAGE_SMTP_HOST) is configured;"
                                + " mail stays in the outbox, where administrators read it on /admin/mail"));
    }

    /** Names this instance in the rows it claims: process, host and a random part for each start. */
    static String workerId() {
        String id = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        return id.length() <= 100 ? id : id.substring(id.length() - 100);
    }
}
