package io.atumdesk.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Issued API tokens, found by the hash of the presented token. */
interface ApiTokens extends JpaRepository<ApiToken, Long> {

  Optional<ApiToken> findByTokenHash(String tokenHash);

  List<ApiToken> findByTenantIdAndUserIdOrderByCreatedAtDesc(String tenantId, Long userId);

  Optional<ApiToken> findByIdAndTenantIdAndUserId(Long id, String tenantId, Long userId);
}
