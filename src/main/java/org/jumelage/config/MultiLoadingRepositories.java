package org.jumelage.config;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.BatchSize;
import org.hibernate.OrderingMode;
import org.hibernate.Session;
import org.hibernate.SessionCheckMode;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
import org.springframework.util.Assert;

/**
 * Every Spring Data repository's {@code findAllById} loads its entities with Hibernate's
 * multi-load ({@link Session#findMultiple}) instead of Spring Data's query {@code where id in
 * (:ids)}.
 *
 * <p>Why (issue #17): one organisation's dashboard on the EU-size data set asks for about 2,000
 * organisations, 500 projects and 1,544 events by id, some of them several times in its one
 * transaction. The query binds one parameter per id, and Hibernate spent more time binding and
 * resolving those parameters than PostgreSQL spent answering. Multi-load sends all the ids as one
 * array parameter, in one statement ({@link BatchSize} of the whole list), and first takes the
 * entities the transaction has already loaded from its persistence context
 * ({@link SessionCheckMode#ENABLED}), so a second read of the same ids sends nothing.
 *
 * <p>What a caller gets is unchanged: the entities found, each once, in no promised order, without
 * those removed in this transaction.
 */
@Configuration(proxyBeanMethods = false)
class MultiLoadingRepositories {

    /** Makes {@link MultiLoadingRepository} the base class of every JPA repository of the application. */
    @Bean
    static BeanPostProcessor multiLoadingRepositoryBase() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> factory) {
                    factory.setRepositoryBaseClass(MultiLoadingRepository.class);
                }
                return bean;
            }
        };
    }

    /** {@link SimpleJpaRepository} whose {@link #findAllById} is one multi-load. */
    static class MultiLoadingRepository<T, ID> extends SimpleJpaRepository<T, ID> {

        private final EntityManager entityManager;

        MultiLoadingRepository(JpaEntityInformation<T, ?> entityInformation, EntityManager entityManager) {
            super(entityInformation, entityManager);
            this.entityManager = entityManager;
        }

        @Override
        public List<T> findAllById(Iterable<ID> ids) {
            Assert.notNull(ids, "The ids must not be null");
            Set<ID> distinct = new LinkedHashSet<>();
            ids.forEach(id -> distinct.add(Objects.requireNonNull(id, "An id must not be null")));
            if (distinct.isEmpty()) {
                return new ArrayList<>();
            }
            List<T> found = entityManager
                    .unwrap(Session.class)
                    .findMultiple(
                            getDomainClass(),
                            List.copyOf(distinct),
                            new BatchSize(distinct.size()),
                            SessionCheckMode.ENABLED,
                            OrderingMode.UNORDERED);
            List<T> entities = new ArrayList<>(found.size());
            for (T entity : found) {
                if (entity != null) {
                    entities.add(entity);
                }
            }
            return entities;
        }
    }
}
