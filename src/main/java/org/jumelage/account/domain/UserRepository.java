package org.jumelage.account.domain;

import java.util.List;
import java.util.Optional;
import org.jumelage.account.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByEmailKey(String emailKey);

    boolean existsByEmailKey(String emailKey);

    List<User> findByOrganisationIdOrderByEmailKey(long organisationId);

    @Query("""
            select u from User u
            where lower(u.email) like lower(concat('%', :query, '%'))
               or lower(u.displayName) like lower(concat('%', :query, '%'))
            order by u.emailKey
            """)
    Page<User> search(String query, Pageable pageable);

    @Query("select count(u) from User u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(Role role);
}
