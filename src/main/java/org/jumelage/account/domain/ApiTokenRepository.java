package org.jumelage.account.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByHash(String hash);

    List<ApiToken> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(long userId);

    Optional<ApiToken> findByIdAndUserId(long id, long userId);
}
