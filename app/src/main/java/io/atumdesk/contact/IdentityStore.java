package io.atumdesk.contact;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's contact identities. */
interface IdentityStore extends JpaRepository<ContactIdentity, Long> {

  Optional<ContactIdentity> findByKindAndIdentityValue(String kind, String identityValue);

  List<ContactIdentity> findByContactIdOrderByKindAscIdentityValueAsc(Long contactId);
}
