package io.atumdesk.inbox.internal;

import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import io.atumdesk.inbox.InboxFilter;
import io.atumdesk.inbox.InboxView;
import io.atumdesk.people.PeopleDirectory;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** The WHERE clause of a view and its filters over {@code ticket t}, always inside one tenant. */
@Component
class ViewCondition {

  /** A clock that counts now: not stopped and not paused. */
  static final String RUNNING_CLOCK =
      "c.tenant_id = :tenant AND c.stopped_at IS NULL AND c.paused_since IS NULL";

  private final PeopleDirectory people;
  private final InboxProperties properties;
  private final Clock clock;

  ViewCondition(PeopleDirectory people, InboxProperties properties, Clock clock) {
    this.people = people;
    this.properties = properties;
    this.clock = clock;
  }

  /** Binds what every view may use: the tenant, the caller, its queues, the at-risk horizon. */
  MapSqlParameterSource parameters(Actor actor) {
    Set<String> queues =
        actor.has(Role.ADMIN) ? people.groupKeys(actor.tenantId()) : actor.groups();
    return new MapSqlParameterSource()
        .addValue("tenant", actor.tenantId())
        .addValue("me", actor.username())
        .addValue("queues", queues.isEmpty() ? List.of("") : List.copyOf(queues))
        .addValue("hasQueues", !queues.isEmpty())
        .addValue("noDueDate", SortKeys.NO_DUE_DATE)
        .addValue(
            "horizon",
            OffsetDateTime.ofInstant(
                clock.instant().plus(properties.atRiskHorizon()), ZoneOffset.UTC));
  }

  String of(InboxView view, MapSqlParameterSource parameters) {
    // Open means work is left (see InboxView); written out so that PostgreSQL's partial index of
    // open tickets matches even in a prepared statement's generic plan.
    // A ticket grouped under an alert storm's parent is worked through the parent, not queued.
    String open =
        "t.tenant_id = :tenant AND t.status IN ('NEW', 'IN_PROGRESS', 'PENDING')"
            + " AND NOT EXISTS (SELECT 1 FROM storm_child s WHERE s.tenant_id = :tenant"
            + " AND s.child_ticket_id = t.id)";
    return switch (view) {
      case MY_WORK -> open + " AND t.assignee = :me";
      case MY_GROUPS ->
          (Boolean) parameters.getValue("hasQueues")
              ? open + " AND t.assignment_group IN (:queues)"
              : "1 = 0";
      case ALL_OPEN -> open;
      case SLA_AT_RISK ->
          open
              + " AND t.id IN (SELECT c.ticket_id FROM sla_clock c WHERE "
              + RUNNING_CLOCK
              + " AND (c.warned_at IS NOT NULL OR c.breached_at IS NOT NULL"
              + " OR c.due_at <= :horizon))";
      case ALL -> "t.tenant_id = :tenant";
    };
  }

  /** Adds the filter's criteria to {@code where}, binding their values. */
  String filtered(String where, InboxFilter filter, MapSqlParameterSource parameters) {
    List<String> and = new ArrayList<>(List.of(where));
    in(and, parameters, "t.type", "types", filter.types());
    in(and, parameters, "t.status", "statuses", filter.statuses());
    in(and, parameters, "t.priority", "priorities", filter.priorities());
    equal(and, parameters, "t.assignment_group", "group", filter.assignmentGroup());
    equal(and, parameters, "t.category", "category", lower(filter.category()));
    if (InboxFilter.UNASSIGNED.equals(filter.assignee())) {
      and.add("t.assignee IS NULL");
    } else {
      equal(and, parameters, "t.assignee", "assignee", filter.assignee());
    }
    if (filter.text() != null) {
      // The same expression as the PostgreSQL trigram index, so that index serves it.
      and.add("LOWER(t.ticket_key || ' ' || t.subject) LIKE :text ESCAPE '\\'");
      parameters.addValue("text", "%" + escapeLike(lower(filter.text())) + "%");
    }
    return String.join(" AND ", and);
  }

  private static void in(
      List<String> and,
      MapSqlParameterSource parameters,
      String column,
      String name,
      Collection<? extends Enum<?>> values) {
    if (!values.isEmpty()) {
      and.add(column + " IN (:" + name + ")");
      parameters.addValue(name, values.stream().map(Enum::name).sorted().toList());
    }
  }

  private static void equal(
      List<String> and,
      MapSqlParameterSource parameters,
      String column,
      String name,
      String value) {
    if (value != null) {
      and.add(column + " = :" + name);
      parameters.addValue(name, value);
    }
  }

  private static String lower(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
