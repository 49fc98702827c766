package io.atumdesk.change;

import io.atumdesk.change.process.ChangeWithdrawal;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketType;
import io.atumdesk.workflow.TaskInbox;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raising a change and working on it before implementation: read, edit, submit from draft to risk
 * assessment, withdraw. Other modules (the service catalog's standard changes) raise changes here.
 */
@Service
public class ChangeManagement {

  private final TicketManagement tickets;
  private final TicketRecords records;
  private final Changes changes;
  private final ChangeRows rows;
  private final AffectedItems items;
  private final TaskInbox tasks;
  private final ChangeWithdrawal withdrawal;
  private final Clock clock;

  ChangeManagement(
      TicketManagement tickets,
      TicketRecords records,
      Changes changes,
      ChangeRows rows,
      AffectedItems items,
      TaskInbox tasks,
      ChangeWithdrawal withdrawal,
      Clock clock) {
    this.tickets = tickets;
    this.records = records;
    this.changes = changes;
    this.rows = rows;
    this.items = items;
    this.tasks = tasks;
    this.withdrawal = withdrawal;
    this.clock = clock;
  }

  /**
   * Raises a change: its ticket, its row and the links to its items in one transaction, then its
   * process. Customers may raise standard changes only (what the catalog orders for them).
   */
  @Transactional
  public ChangeView raise(Actor actor, RaiseChange command) {
    if (command.type() == null) {
      throw new InvalidInputException("type", "must be STANDARD, NORMAL or EMERGENCY");
    }
    if (!actor.isStaff() && command.type() != ChangeType.STANDARD) {
      throw new ForbiddenException("Customers raise standard changes only.");
    }
    ChangeRequirements.limitTexts(
        command.plan(), command.rollbackPlan(), command.testEvidence(), command.affectedCis());
    if (command.submit()) {
      ChangeRequirements.forAssessment(command.plan());
    }
    List<String> cis = items.checked(actor.tenantId(), command.affectedCis());
    RaiseTicket ticket =
        new RaiseTicket(
            TicketType.CHANGE,
            command.subject(),
            command.description(),
            command.impact(),
            command.urgency(),
            command.category(),
            command.requester());
    Ticket raised =
        tickets.raise(
            actor,
            ticket,
            saved -> {
              Change change =
                  new Change(
                      saved.id(),
                      saved.key().value(),
                      command.type(),
                      command.category(),
                      clock.instant());
              change.describe(command.plan(), command.rollbackPlan(), command.testEvidence());
              change.affect(cis);
              change.schedule(command.plannedStart(), command.plannedEnd(), null);
              changes.saveAndFlush(change);
              items.relink(actor.tenantId(), saved.key(), List.of(), cis);
              return Map.of(
                  ChangeSteps.CHANGE_TYPE,
                  command.type().name(),
                  ChangeSteps.SUBMITTED,
                  command.submit());
            });
    return rows.view(actor, raised.key());
  }

  @Transactional(readOnly = true)
  public ChangeView get(Actor actor, TicketKey key) {
    return rows.view(actor, key);
  }

  /** Edits the plan, rollback plan, evidence or items until the change is scheduled. */
  @Transactional
  public ChangeView update(Actor actor, TicketKey key, ChangeFields fields) {
    ChangeRows.Found found = editable(actor, key);
    Change change = found.change();
    ChangeRequirements.limitTexts(
        fields.plan(), fields.rollbackPlan(), fields.testEvidence(), fields.affectedCis());
    if (fields.version() != null && fields.version() != change.version()) {
      throw new ConflictException(
          "Change %s is at version %d, not %d; reload it and apply your edit again."
              .formatted(key, change.version(), fields.version()));
    }
    change.describe(
        fields.plan() != null ? fields.plan() : change.plan(),
        fields.rollbackPlan() != null ? fields.rollbackPlan() : change.rollbackPlan(),
        fields.testEvidence() != null ? fields.testEvidence() : change.testEvidence());
    if (fields.affectedCis() != null) {
      List<String> cis = items.checked(actor.tenantId(), fields.affectedCis());
      items.relink(actor.tenantId(), key, change.affectedCis(), cis);
      change.affect(cis);
    }
    changes.saveAndFlush(change);
    List<String> edited = new java.util.ArrayList<>();
    if (fields.plan() != null) {
      edited.add("plan");
    }
    if (fields.rollbackPlan() != null) {
      edited.add("rollbackPlan");
    }
    if (fields.testEvidence() != null) {
      edited.add("testEvidence");
    }
    if (fields.affectedCis() != null) {
      edited.add("affectedCis");
    }
    records.recordEvent(
        found.ticket().id(),
        actor.username(),
        "Change fields edited: " + String.join(", ", edited),
        Map.of("fields", edited));
    return rows.view(found);
  }

  /** Sends a draft to risk assessment; 400 naming each field assessment needs. */
  @Transactional
  public ChangeView submit(Actor actor, TicketKey key) {
    ChangeRows.Found found = editable(actor, key);
    ChangeRequirements.forAssessment(found.change().plan());
    if (found.change().stage() != ChangeStage.DRAFT
        || !tasks.completeWaiting(
            actor.tenantId(),
            found.ticket().processInstanceId(),
            ChangeSteps.DRAFT,
            actor.username())) {
      throw new ConflictException("Change " + key + " was submitted already.");
    }
    return rows.view(actor, key);
  }

  /** Withdraws a change before its implementation; its process ends and its ticket closes. */
  @Transactional
  public ChangeView withdraw(Actor actor, TicketKey key, String reason) {
    ChangeRows.Found found = rows.find(actor, key);
    requireRequesterOrAgent(actor, found);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "must say why the change is withdrawn");
    }
    ChangeRequirements.limitText("reason", reason.strip(), ChangeRequirements.REASON_MAX);
    Change change = found.change();
    if (!change.stage().withdrawable()) {
      throw new ConflictException(
          "Change %s is %s and can no longer be withdrawn."
              .formatted(key, change.stage().name().toLowerCase(java.util.Locale.ROOT)));
    }
    change.withdraw(reason.strip());
    changes.saveAndFlush(change);
    records.reply(found.ticket().id(), actor.username(), "Withdrawn\n" + reason.strip(), false);
    withdrawal.withdraw(found.ticket().processInstanceId());
    return rows.view(actor, key);
  }

  private ChangeRows.Found editable(Actor actor, TicketKey key) {
    ChangeRows.Found found = rows.find(actor, key);
    requireRequesterOrAgent(actor, found);
    if (!found.change().stage().withdrawable()) {
      throw new ConflictException(
          "Change %s is past scheduling; its fields no longer change.".formatted(key));
    }
    return found;
  }

  private static void requireRequesterOrAgent(Actor actor, ChangeRows.Found found) {
    if (!actor.username().equals(found.ticket().requester())) {
      ChangeAccess.requireAgent(actor);
    }
  }
}
