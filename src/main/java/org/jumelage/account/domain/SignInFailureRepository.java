package org.jumelage.account.domain;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInFailureRepository extends JpaRepository<SignInFailure, Long> {

    long countByEmailKeyAndRemoteAddressAndFailedAtAfter(String emailKey, String remoteAddress, Instant since);

    long countByEmailKeyAndFailedAtAfter(String emailKey, Instant since);

    long countByRemoteAddressAndFailedAtAfter(String remoteAddress, Instant since);

    @Modifying
    @Query("delete from SignInFailure f where f.emailKey = :emailKey and f.remoteAddress = :remoteAddress")
    void deleteByEmailKeyAndRemoteAddress(String emailKey, String remoteAddress);

    @Modifying
    @Query("delete from SignInFailure f where f.failedAt < :before")
    void deleteOlderThan(Instant before);
}
