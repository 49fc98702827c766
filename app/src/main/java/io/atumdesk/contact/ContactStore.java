package io.atumdesk.contact;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The current tenant's contacts and how they are known. */
interface ContactStore extends JpaRepository<Contact, Long> {

  @Query(
      """
      select distinct c from Contact c
      where c.mergedInto is null and (lower(c.displayName) like :pattern
        or lower(c.username) like :pattern
        or exists (select i from ContactIdentity i
                   where i.contactId = c.id and lower(i.identityValue) like :pattern))
      order by c.displayName
      """)
  List<Contact> search(@Param("pattern") String pattern, Pageable page);
}
