package io.atumdesk.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All user accounts. */
public interface UserAccounts extends JpaRepository<UserAccount, Long> {

  Optional<UserAccount> findByUsername(String username);

  Optional<UserAccount> findByTenantIdAndUsername(String tenantId, String username);

  List<UserAccount> findByTenantIdOrderByDisplayName(String tenantId);
}
