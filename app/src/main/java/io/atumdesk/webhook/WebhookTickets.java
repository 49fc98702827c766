package io.atumdesk.webhook;

import io.atumdesk.channel.Conversations;
import io.atumdesk.connectors.webhook.IntakeOutcome;
import io.atumdesk.connectors.webhook.MappedWebhook;
import io.atumdesk.connectors.webhook.WebhookTicketReceiver;
import io.atumdesk.core.Actor;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketRecords;
import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns mapped payloads into tickets in the source's tenant: a new external id (or none) raises a
 * ticket; while that ticket is open, the same external id adds an internal note to it.
 */
@Service
class WebhookTickets implements WebhookTicketReceiver {

  static final String CHANNEL = "webhook";

  private final SourceDirectory directory;
  private final Sources sources;
  private final WebhookLinks links;
  private final TicketManagement tickets;
  private final TicketRecords records;
  private final Conversations conversations;
  private final InboundLetters letters;
  private final TransactionTemplate transaction;
  private final Clock clock;

  WebhookTickets(
      SourceDirectory directory,
      Sources sources,
      WebhookLinks links,
      TicketManagement tickets,
      TicketRecords records,
      Conversations conversations,
      InboundLetters letters,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.directory = directory;
    this.sources = sources;
    this.links = links;
    this.tickets = tickets;
    this.records = records;
    this.conversations = conversations;
    this.letters = letters;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Override
  public IntakeOutcome receive(MappedWebhook webhook) {
    String tenant = tenantOf(webhook.sourceId());
    try {
      return handleAs(tenant, webhook);
    } catch (DataIntegrityViolationException firstDeliveryRace) {
      // Two payloads raced to link a new external id; the loser now finds the winner's link.
      return handleAs(tenant, webhook);
    }
  }

  @Override
  public void deadLetter(String sourceName, String payload, String reason) {
    String tenant = tenantOf(sourceName);
    TenantContext.runAs(
        tenant,
        () ->
            letters.save(
                new InboundLetter(
                    tenant,
                    sourceName,
                    InboundLetter.Kind.DEAD,
                    payload,
                    reason,
                    clock.instant())));
  }

  private IntakeOutcome handleAs(String tenant, MappedWebhook webhook) {
    return TenantContext.callAs(tenant, () -> transaction.execute(s -> handle(tenant, webhook)));
  }

  private IntakeOutcome handle(String tenant, MappedWebhook webhook) {
    Source source = sources.findByTenantIdAndName(tenant, webhook.sourceId()).orElseThrow();
    String externalId = webhook.externalId();
    var link =
        externalId == null
            ? java.util.Optional.<WebhookLink>empty()
            : links.findByTenantIdAndSourceIdAndExternalId(tenant, source.id(), externalId);
    Ticket open =
        link.map(l -> records.byId(l.ticketId())).filter(t -> t.status().isOpen()).orElse(null);
    Actor system = Actor.system(tenant);
    if (open != null) {
      tickets.comment(system, open.key(), MappedTickets.update(webhook), true);
      record(open, webhook);
      return IntakeOutcome.continued(open.key().value());
    }
    Ticket raised = tickets.raise(system, MappedTickets.raise(webhook));
    if (externalId != null) {
      link.ifPresentOrElse(
          l -> l.follow(raised.id()),
          () ->
              links.saveAndFlush(
                  new WebhookLink(source.id(), externalId, raised.id(), clock.instant())));
    }
    record(raised, webhook);
    return IntakeOutcome.raised(raised.key().value());
  }

  private void record(Ticket ticket, MappedWebhook webhook) {
    String address = webhook.requester() == null ? webhook.sourceId() : webhook.requester();
    conversations.record(ticket.key(), CHANNEL, webhook.sourceId(), address, webhook.externalId());
  }

  private String tenantOf(String sourceName) {
    return directory
        .tenantOf(sourceName)
        .orElseThrow(() -> new IllegalStateException("no webhook source " + sourceName));
  }
}
