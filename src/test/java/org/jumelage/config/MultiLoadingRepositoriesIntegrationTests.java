package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jumelage.network.OrganisationMother.KAUNAS;
import static org.jumelage.network.OrganisationMother.organisation;
import static org.jumelage.network.OrganisationMother.uniquePic;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every repository's {@code findAllById} is one multi-load (MultiLoadingRepositories) and answers
 * what Spring Data's own query answered: the entities found, each once, missing ids left out.
 */
@JumelageIntegrationTest
class MultiLoadingRepositoriesIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entityManager;

    final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void everyRepositoryOfTheApplicationLoadsByIdsWithMultiLoad() {
        Map<String, JpaRepository> repositories = context.getBeansOfType(JpaRepository.class);

        assertThat(repositories).isNotEmpty();
        repositories.forEach((name, repository) -> assertThat(AopTestUtils.<Object>getUltimateTargetObject(repository))
                .as(name)
                .isInstanceOf(MultiLoadingRepositories.MultiLoadingRepository.class));
    }

    @Test
    void findsEachFoundEntityOnceAndLeavesMissingIdsOut() {
        long first = created("First");
        long second = created("Second");
        JpaRepository<Object, Long> repository = organisationRepository();

        List<Object> found = transactions.execute(
                status -> repository.findAllById(Arrays.asList(first, second, first, Long.MAX_VALUE)));

        assertThat(found).hasSize(2);
        assertThat(organisations.findAll(List.of(second, Long.MAX_VALUE, first)))
                .containsOnlyKeys(first, second);
        List<Object> none = transactions.execute(status -> repository.findAllById(List.of()));
        assertThat(none).isEmpty();
    }

    @Test
    void aSecondLoadInTheTransactionGivesTheSameInstancesAndLeavesOutWhatItRemoved() {
        long first = created("Kept");
        long second = created("Removed");
        JpaRepository<Object, Long> repository = organisationRepository();

        transactions.executeWithoutResult(status -> {
            List<Object> loaded = repository.findAllById(List.of(first, second));
            Object removed = loaded.stream()
                    .filter(entity -> entityManager
                            .getEntityManagerFactory()
                            .getPersistenceUnitUtil()
                            .getIdentifier(entity)
                            .equals(second))
                    .findFirst()
                    .orElseThrow();
            entityManager.remove(removed);

            List<Object> again = repository.findAllById(List.of(first, second));

            assertThat(again).hasSize(1);
            assertThat(again.get(0))
                    .isSameAs(loaded.stream()
                            .filter(entity -> entity != removed)
                            .findFirst()
                            .orElseThrow());
            status.setRollbackOnly();
        });
    }

    /** The network module's repository, which is not public: reached as the JpaRepository it is. */
    @SuppressWarnings("unchecked")
    private JpaRepository<Object, Long> organisationRepository() {
        return (JpaRepository<Object, Long>) context.getBean("organisationRepository");
    }

    private long created(String name) {
        OrganisationSummary organisation = organisations.create(organisation()
                .named(null, name + " " + tag)
                .inTown(KAUNAS)
                .withPic(uniquePic())
                .build());
        return organisation.id();
    }
}
