package org.jumelage.account.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    /** The links of a user not yet used nor replaced (expired ones included: replacing them is harmless). */
    List<PasswordReset> findByUserIdAndTokenHashIsNotNullAndUsedAtIsNullAndReplacedAtIsNull(long userId);

    /** Mails sent for an address since a moment. */
    long countByEmailKeyAndTokenHashIsNotNullAndCreatedAtAfter(String emailKey, Instant since);

    /** Requests from a client since a moment, mailed or not. */
    long countByRemoteAddressAndCreatedAtAfter(String remoteAddress, Instant since);

    @Modifying
    @Query("delete from PasswordReset r where r.createdAt < :before")
    int deleteCreatedBefore(Instant before);
}
