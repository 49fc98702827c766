package io.atumdesk.demo;

import io.atumdesk.change.BlackoutForm;
import io.atumdesk.change.Blackouts;
import io.atumdesk.change.ChangeManagement;
import io.atumdesk.change.ChangeScheduling;
import io.atumdesk.change.ChangeType;
import io.atumdesk.change.RaiseChange;
import io.atumdesk.change.ScheduleChange;
import io.atumdesk.cmdb.CiFilter;
import io.atumdesk.cmdb.Cmdb;
import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.Level;
import io.atumdesk.ticket.TicketKey;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * acme's changes, raised through the real API so their processes run: a year-end blackout, a
 * firmware upgrade waiting for the CAB (it touches the critical E-mail service, so any member may
 * veto), a database patch waiting for the CAB's quorum and a standard certificate renewal on the
 * calendar next week. Seeded when acme has no blackout window yet.
 */
@Component
class DemoChanges {

  private static final String TENANT = "acme";

  private final ChangeManagement changes;
  private final ChangeScheduling scheduling;
  private final Blackouts blackouts;
  private final Cmdb cmdb;
  private final Clock clock;

  DemoChanges(
      ChangeManagement changes,
      ChangeScheduling scheduling,
      Blackouts blackouts,
      Cmdb cmdb,
      Clock clock) {
    this.changes = changes;
    this.scheduling = scheduling;
    this.blackouts = blackouts;
    this.cmdb = cmdb;
    this.clock = clock;
  }

  void seedMissing() {
    Actor admin = Actor.system(TENANT);
    Actor agent =
        new Actor("agent", TENANT, Set.of(Role.AGENT), Set.of("service-desk", "network-ops"));
    TenantContext.runAs(
        TENANT,
        () -> {
          if (!blackouts.list(admin).isEmpty()) {
            return;
          }
          LocalDate today = LocalDate.now(clock);
          LocalDate freeze = LocalDate.of(today.getYear(), 12, 20);
          blackouts.create(
              admin,
              new BlackoutForm(
                  "Year-end freeze",
                  freeze.atStartOfDay().toInstant(ZoneOffset.UTC),
                  freeze.plusDays(14).atStartOfDay().toInstant(ZoneOffset.UTC),
                  "Closing the books: no changes to finance or mail systems.",
                  null));
          raise(
              agent,
              ChangeType.NORMAL,
              "Upgrade the core switch firmware",
              Level.HIGH,
              "Saturday 06:00-08:00: upgrade both core switches one after the other.",
              null,
              "core-switch");
          raise(
              agent,
              ChangeType.NORMAL,
              "Patch the payroll database server",
              Level.LOW,
              "Apply the monthly OS patches to db-01 and restart it.",
              "Boot the previous kernel from the boot menu.",
              "db-01");
          TicketKey renewal =
              raise(
                  agent,
                  ChangeType.STANDARD,
                  "Renew the webmail TLS certificate",
                  Level.LOW,
                  "Install the renewed certificate and reload the web server.",
                  "Reinstall the previous certificate.",
                  "Webmail");
          LocalDate tuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
          if (!tuesday.isBefore(freeze) && tuesday.isBefore(freeze.plusDays(14))) {
            tuesday = freeze.plusDays(14).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
          }
          scheduling.schedule(
              agent,
              renewal,
              new ScheduleChange(
                  tuesday.atTime(LocalTime.of(20, 0)).toInstant(ZoneOffset.UTC),
                  tuesday.atTime(LocalTime.of(21, 0)).toInstant(ZoneOffset.UTC),
                  null));
        });
  }

  private TicketKey raise(
      Actor agent,
      ChangeType type,
      String subject,
      Level impact,
      String plan,
      String rollbackPlan,
      String item) {
    List<String> items =
        cmdb.list(Actor.system(TENANT), new CiFilter(null, null, item), 0, 1).getContent().stream()
            .map(ci -> ci.key().value())
            .toList();
    var raised =
        changes.raise(
            agent,
            new RaiseChange(
                type,
                subject,
                plan,
                impact,
                Level.MEDIUM,
                "network",
                null,
                plan,
                rollbackPlan,
                rollbackPlan == null ? null : "Rehearsed on the staging twin.",
                items,
                null,
                null,
                true));
    return new TicketKey(raised.key());
  }
}
