package io.atumdesk.demo;

import io.atumdesk.cmdb.CiFilter;
import io.atumdesk.cmdb.Cmdb;
import io.atumdesk.cmdb.LinkRole;
import io.atumdesk.cmdb.TicketItems;
import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.problem.CauseCategory;
import io.atumdesk.problem.Investigation;
import io.atumdesk.problem.KnownErrors;
import io.atumdesk.problem.ProblemManagement;
import io.atumdesk.problem.ProblemSteps;
import io.atumdesk.problem.ProblemView;
import io.atumdesk.problem.RaiseProblem;
import io.atumdesk.ticket.Level;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketType;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A problem for acme, through the real API: two mail incidents on mail-01, the problem raised from
 * them, investigated, and its known error published, so a new mail incident shows the workaround.
 * Seeded when acme has no known error yet.
 */
@Component
class DemoProblems {

  private static final String TENANT = "acme";
  private static final String CATEGORY = "email";

  private final TicketManagement tickets;
  private final Cmdb cmdb;
  private final TicketItems items;
  private final ProblemManagement problems;
  private final ProblemSteps steps;
  private final KnownErrors knownErrors;

  DemoProblems(
      TicketManagement tickets,
      Cmdb cmdb,
      TicketItems items,
      ProblemManagement problems,
      ProblemSteps steps,
      KnownErrors knownErrors) {
    this.tickets = tickets;
    this.cmdb = cmdb;
    this.items = items;
    this.problems = problems;
    this.steps = steps;
    this.knownErrors = knownErrors;
  }

  void seedMissing() {
    Actor agent = new Actor("agent", TENANT, Set.of(Role.AGENT), Set.of("service-desk"));
    Actor manager = new Actor("problem", TENANT, Set.of(Role.AGENT), Set.of("problem-management"));
    TenantContext.runAs(
        TENANT,
        () -> {
          if (!knownErrors.search(agent, null, null, null).isEmpty()) {
            return;
          }
          Ticket first = incident("Mails to customers bounce", agent);
          Ticket second = incident("Outlook says the mailbox is unreachable", agent);
          ProblemView problem =
              problems.raise(
                  agent,
                  new RaiseProblem(
                      List.of(first.key().value(), second.key().value()),
                      "Mail gateway drops connections under load",
                      "Several users lose mail in the morning peak.",
                      CATEGORY,
                      Level.HIGH,
                      Level.MEDIUM));
          problems.investigate(
              manager,
              problem.key(),
              new Investigation(
                  "08:55 first bounce reported\n09:02 gateway at its connection limit\n"
                      + "09:20 limit raised by hand, mail flows again",
                  List.of(
                      "The gateway refuses new connections",
                      "It reaches its connection limit",
                      "The limit is the vendor default of 200"),
                  CauseCategory.CONFIGURATION,
                  "The mail gateway still runs with the vendor's default connection limit."));
          steps.publishKnownError(
              manager,
              problem.key(),
              "Mail bounces or the mailbox is unreachable in the morning peak",
              "Ask the user to resend after five minutes; if it persists, restart the"
                  + " mail gateway's SMTP service on mail-01.");
        });
  }

  private Ticket incident(String subject, Actor agent) {
    Ticket incident =
        tickets.raise(
            agent,
            new RaiseTicket(
                TicketType.INCIDENT,
                subject,
                "Sample incident of the demo problem.",
                Level.MEDIUM,
                Level.HIGH,
                CATEGORY,
                "customer"));
    cmdb.list(agent, new CiFilter("server", null, "mail-01"), 0, 1).stream()
        .findFirst()
        .ifPresent(server -> items.link(agent, server.key(), incident.key(), LinkRole.AFFECTED));
    return incident;
  }
}
