package io.atumdesk.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The groups of every tenant. */
public interface UserGroups extends JpaRepository<UserGroup, UserGroup.Key> {

  List<UserGroup> findByIdTenantIdOrderByIdGroupKey(String tenantId);
}
