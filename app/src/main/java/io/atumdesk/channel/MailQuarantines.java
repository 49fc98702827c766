package io.atumdesk.channel;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Quarantined mail of the current tenant. */
interface MailQuarantines extends JpaRepository<MailQuarantine, Long> {

  boolean existsBySha256(String sha256);

  List<MailQuarantine> findAllByOrderByReceivedAtDescIdDesc();

  boolean existsBySenderAndCauseAndReceivedAtAfter(
      String sender, MailQuarantine.Cause cause, Instant since);
}
