package org.jumelage.config;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** Every scheduled job takes a database lock of its own, so that several instances run it once. */
class ScheduledJobLocksTests {

    static final ArchRule SCHEDULED_JOBS_ARE_LOCKED = methods()
            .that()
            .areAnnotatedWith(Scheduled.class)
            .should()
            .beAnnotatedWith(SchedulerLock.class)
            .because("every instance runs the scheduler; the lock makes one of them run each job per period");

    static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jumelage");

    @Test
    void everyScheduledMethodTakesALock() {
        SCHEDULED_JOBS_ARE_LOCKED.check(APPLICATION);
    }

    @Test
    void theRuleFindsAnUnlockedJob() {
        JavaClasses unlocked = new ClassFileImporter().importClasses(UnlockedJob.class);
        assertThatThrownBy(() -> SCHEDULED_JOBS_ARE_LOCKED.check(unlocked)).isInstanceOf(AssertionError.class);
    }

    @Test
    void everyJobHasALockOfItsOwn() {
        List<String> names = APPLICATION.stream()
                .flatMap(javaClass -> javaClass.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(Scheduled.class))
                .map(JavaMethod::reflect)
                .map(method -> method.getAnnotation(SchedulerLock.class).name())
                .toList();
        assertThat(names)
                .contains(
                        "mail-outbox",
                        "participant-retention",
                        ExpiredSessionCleanup.JOB,
                        PublicFormRateLimiter.CLEANUP_JOB)
                .doesNotHaveDuplicates();
    }

    static class UnlockedJob {
        @Scheduled(fixedDelay = 1000)
        void run() {}
    }
}
