package io.atumdesk.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who answers for a group beyond its members: its lead, and whoever is on call at a moment. Only
 * enabled accounts are named, so a lead or shift of someone who left reaches nobody.
 */
@Service
@Transactional(readOnly = true)
public class GroupRoster {

  private final UserGroups groups;
  private final OnCallShifts shifts;
  private final UserAccounts accounts;

  GroupRoster(UserGroups groups, OnCallShifts shifts, UserAccounts accounts) {
    this.groups = groups;
    this.shifts = shifts;
    this.accounts = accounts;
  }

  /** The username of the group's lead, if it has one who is still enabled. */
  public Optional<String> leadOf(String tenantId, String groupKey) {
    return groups
        .findById(new UserGroup.Key(tenantId, groupKey))
        .map(UserGroup::lead)
        .filter(lead -> enabled(tenantId, lead));
  }

  /**
   * The usernames on call for the group at {@code at}, each once, in the order shifts were made.
   */
  public List<String> onCall(String tenantId, String groupKey, Instant at) {
    return shifts
        .findByTenantIdAndGroupKeyAndStartsAtLessThanEqualAndEndsAtGreaterThanOrderById(
            tenantId, groupKey, at, at)
        .stream()
        .map(OnCallShift::username)
        .distinct()
        .filter(username -> enabled(tenantId, username))
        .toList();
  }

  private boolean enabled(String tenantId, String username) {
    return accounts
        .findByTenantIdAndUsername(tenantId, username)
        .filter(UserAccount::enabled)
        .isPresent();
  }
}
