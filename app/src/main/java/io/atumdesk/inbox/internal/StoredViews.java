package io.atumdesk.inbox.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's saved views (Hibernate adds the tenant); always asked per owner. */
public interface StoredViews extends JpaRepository<StoredView, Long> {

  List<StoredView> findByOwnerOrderByNameAsc(String owner);

  Optional<StoredView> findByOwnerAndName(String owner, String name);

  Optional<StoredView> findByIdAndOwner(Long id, String owner);
}
