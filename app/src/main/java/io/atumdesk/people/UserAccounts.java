package io.atumdesk.people;

import io.atumdesk.core.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All user accounts. */
public interface UserAccounts extends JpaRepository<UserAccount, Long> {

  Optional<UserAccount> findByUsername(String username);

  Optional<UserAccount> findByTenantIdAndUsername(String tenantId, String username);

  List<UserAccount> findByTenantIdAndEmailIgnoreCaseOrderById(String tenantId, String email);

  List<UserAccount> findByTenantIdOrderByDisplayName(String tenantId);

  List<UserAccount> findByTenantIdAndUsernameIn(String tenantId, Collection<String> usernames);

  /** Enabled accounts holding one of {@code roles} whose username or name starts like that. */
  @Query(
      "select distinct u from UserAccount u join u.roles r where u.tenantId = :tenantId"
          + " and u.enabled = true and r in :roles and (lower(u.username) like :pattern escape '\\'"
          + " or lower(u.displayName) like :pattern escape '\\') order by u.username")
  List<UserAccount> findWithRoleStartingWith(
      String tenantId, Collection<Role> roles, String pattern, Pageable page);
}
