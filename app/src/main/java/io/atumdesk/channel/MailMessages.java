package io.atumdesk.channel;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The mails of the current tenant by Message-ID: the threading index and idempotency store. */
interface MailMessages extends JpaRepository<MailMessage, Long> {

  Optional<MailMessage> findByMessageId(String messageId);

  List<MailMessage> findByTenantIdAndTicketKeyOrderByIdAsc(String tenantId, String ticketKey);

  List<MailMessage> findByMessageIdInAndTicketKeyNotNull(Collection<String> messageIds);

  long countBySenderAndOutcomeInAndReceivedAtAfter(
      String sender, Collection<MailMessage.Outcome> outcomes, Instant since);

  Optional<MailMessage> findFirstBySenderAndTicketKeyNotNullOrderByReceivedAtDescIdDesc(
      String sender);
}
