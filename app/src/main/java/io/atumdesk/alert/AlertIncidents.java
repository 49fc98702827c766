package io.atumdesk.alert;

import io.atumdesk.connectors.alert.AlertReceiver;
import io.atumdesk.connectors.alert.InboundAlert;
import io.atumdesk.core.Actor;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns normalised alerts into incidents, in the source's tenant: a firing alert without an open
 * incident raises one; while that incident is open, repeats and recoveries are written on it.
 */
@Service
class AlertIncidents implements AlertReceiver {

  private static final Logger log = LoggerFactory.getLogger(AlertIncidents.class);

  private final AlertProperties properties;
  private final AlertSourceDirectory directory;
  private final AlertLinks links;
  private final AlertDeadLetters deadLetters;
  private final TicketManagement tickets;
  private final TicketRecords records;
  private final AlertRecovery recovery;
  private final TransactionTemplate transaction;
  private final Clock clock;

  AlertIncidents(
      AlertProperties properties,
      AlertSourceDirectory directory,
      AlertLinks links,
      AlertDeadLetters deadLetters,
      TicketManagement tickets,
      TicketRecords records,
      AlertRecovery recovery,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.properties = properties;
    this.directory = directory;
    this.links = links;
    this.deadLetters = deadLetters;
    this.tickets = tickets;
    this.records = records;
    this.recovery = recovery;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Override
  public void receive(InboundAlert alert) {
    KnownSource source = known(alert.sourceId());
    try {
      handleAs(source, alert);
    } catch (DataIntegrityViolationException firstFiringRace) {
      // Two deliveries raced to link a new fingerprint; the loser now finds the winner's link.
      handleAs(source, alert);
    }
  }

  private void handleAs(KnownSource source, InboundAlert alert) {
    // The tenant is bound before the transaction opens its session, which reads it.
    TenantContext.runAs(
        source.tenant(), () -> transaction.executeWithoutResult(s -> handle(source, alert)));
  }

  @Override
  public void deadLetter(String sourceId, String payload, String reason) {
    KnownSource source = known(sourceId);
    TenantContext.runAs(
        source.tenant(),
        () -> deadLetters.save(new AlertDeadLetter(sourceId, payload, reason, clock.instant())));
  }

  private void handle(KnownSource source, InboundAlert alert) {
    var now = clock.instant();
    var link =
        links.findByTenantIdAndSourceIdAndFingerprint(
            source.tenant(), source.id(), alert.fingerprint());
    Ticket open = link.map(l -> records.byId(l.ticketId())).filter(this::stillOpen).orElse(null);
    if (open == null && alert.firing()) {
      Ticket raised = tickets.raise(Actor.system(source.tenant()), incident(source, alert));
      link.ifPresentOrElse(
          l -> l.follow(raised.id(), now),
          () -> links.save(new AlertLink(source.id(), alert.fingerprint(), raised.id(), now)));
    } else if (open == null) {
      log.info("Alert {} of source {} recovered with no open incident", alert, source.id());
      link.ifPresent(l -> l.recovered(now));
    } else if (alert.firing()) {
      int count = link.get().fired(now);
      records.recordEvent(
          open.id(),
          Actor.SYSTEM,
          "Alert fired again (%d times): %s".formatted(count, alert.title()),
          Map.of("fingerprint", alert.fingerprint(), "count", count, "lastSeen", now.toString()));
    } else {
      link.get().recovered(now);
      recovery.recovered(source, open, alert, properties.resolvesOnRecovery(source));
    }
  }

  /** A resolved incident waits for its confirmation; a new firing is a new incident. */
  private boolean stillOpen(Ticket ticket) {
    return ticket.status() != TicketStatus.RESOLVED && ticket.status() != TicketStatus.CLOSED;
  }

  private RaiseTicket incident(KnownSource source, InboundAlert alert) {
    var severity = AlertSeverity.of(alert.severity());
    StringBuilder description = new StringBuilder();
    if (alert.description() != null) {
      description.append(alert.description()).append("\n\n");
    }
    if (!alert.labels().isEmpty()) {
      description.append("Labels: ").append(labels(alert)).append('\n');
    }
    if (alert.link() != null) {
      description.append("Source: ").append(alert.link()).append('\n');
    }
    description.append("Fingerprint: ").append(alert.fingerprint());
    return new RaiseTicket(
        TicketType.INCIDENT,
        cut("[%s] %s".formatted(source.id(), alert.title()), 255),
        cut(description.toString(), 20_000),
        severity.impact,
        severity.urgency,
        source.category(),
        null);
  }

  private static String labels(InboundAlert alert) {
    return alert.labels().entrySet().stream()
        .map(label -> label.getKey() + "=" + label.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String cut(String text, int longest) {
    return text.length() <= longest ? text : text.substring(0, longest - 1) + "…";
  }

  private KnownSource known(String sourceId) {
    return directory
        .find(sourceId)
        .orElseThrow(() -> new IllegalStateException("no alert source " + sourceId));
  }
}
