package io.atumdesk.channel;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The mailboxes of the current tenant. */
public interface Mailboxes extends JpaRepository<Mailbox, Long> {

  List<Mailbox> findByEnabledTrueOrderByName();
}
