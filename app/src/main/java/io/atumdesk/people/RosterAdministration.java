package io.atumdesk.people;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins name each group's lead and keep its on-call roster: shifts of one agent or admin of the
 * tenant, from one moment to a later one, at most 31 days long. Ended shifts drop off the list.
 */
@Service
@Transactional
public class RosterAdministration {

  static final Duration LONGEST_SHIFT = Duration.ofDays(31);

  /** A group as admins see it. */
  public record GroupView(String key, String name, String lead) {}

  /** A shift to add. */
  public record NewShift(String username, Instant from, Instant to) {}

  private final UserGroups groups;
  private final OnCallShifts shifts;
  private final UserAccounts accounts;
  private final Clock clock;

  RosterAdministration(UserGroups groups, OnCallShifts shifts, UserAccounts accounts, Clock clock) {
    this.groups = groups;
    this.shifts = shifts;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<GroupView> groups(Actor actor) {
    requireAdmin(actor);
    return groups.findByIdTenantIdOrderByIdGroupKey(actor.tenantId()).stream()
        .map(RosterAdministration::view)
        .toList();
  }

  /** Names the lead, or with a blank username leaves the group without one. */
  public GroupView lead(Actor actor, String groupKey, String username) {
    UserGroup group = group(actor, groupKey);
    group.lead(username == null || username.isBlank() ? null : staff(actor, username.strip()));
    return view(group);
  }

  /** The group's shifts that have not ended, earliest first. */
  @Transactional(readOnly = true)
  public List<OnCallShift> shifts(Actor actor, String groupKey) {
    group(actor, groupKey);
    return shifts.findByTenantIdAndGroupKeyAndEndsAtGreaterThanOrderByStartsAtAscIdAsc(
        actor.tenantId(), groupKey, clock.instant());
  }

  public OnCallShift addShift(Actor actor, String groupKey, NewShift shift) {
    group(actor, groupKey);
    String username = shift.username() == null ? "" : shift.username().strip();
    String who = staff(actor, username);
    if (shift.from() == null || shift.to() == null) {
      throw new InvalidInputException(shift.from() == null ? "from" : "to", "must be given");
    }
    if (!shift.to().isAfter(shift.from())) {
      throw new InvalidInputException("to", "must lie after 'from'");
    }
    if (Duration.between(shift.from(), shift.to()).compareTo(LONGEST_SHIFT) > 0) {
      throw new InvalidInputException("to", "must lie at most 31 days after 'from'");
    }
    return shifts.save(new OnCallShift(groupKey, who, shift.from(), shift.to(), clock.instant()));
  }

  public void removeShift(Actor actor, String groupKey, Long id) {
    group(actor, groupKey);
    shifts.delete(
        shifts
            .findByTenantIdAndGroupKeyAndId(actor.tenantId(), groupKey, id)
            .orElseThrow(() -> new NotFoundException("On-call shift", id)));
  }

  private UserGroup group(Actor actor, String groupKey) {
    requireAdmin(actor);
    return groups
        .findById(new UserGroup.Key(actor.tenantId(), groupKey))
        .orElseThrow(() -> new NotFoundException("Group", groupKey));
  }

  /** Leads and people on call are the tenant's enabled staff, never customers. */
  private String staff(Actor actor, String username) {
    return accounts
        .findByTenantIdAndUsername(actor.tenantId(), username)
        .filter(UserAccount::enabled)
        .filter(account -> account.actor().isStaff())
        .map(UserAccount::username)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "username",
                    "'%s' is not an enabled agent or admin of this tenant".formatted(username)));
  }

  private static GroupView view(UserGroup group) {
    return new GroupView(group.groupKey(), group.name(), group.lead());
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins manage group leads and on-call rosters.");
    }
  }
}
