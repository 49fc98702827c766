package io.atumdesk.people;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers who exists in a tenant, for modules that must check a name before they use it. */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {

  private final UserAccounts accounts;
  private final UserGroups groups;

  PeopleDirectory(UserAccounts accounts, UserGroups groups) {
    this.accounts = accounts;
    this.groups = groups;
  }

  public boolean groupExists(String tenantId, String groupKey) {
    return groups.existsById(new UserGroup.Key(tenantId, groupKey));
  }

  /** The keys of every group of the tenant. */
  public java.util.Set<String> groupKeys(String tenantId) {
    return groups.findByIdTenantIdOrderByIdGroupKey(tenantId).stream()
        .map(UserGroup::groupKey)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The tenant's enabled agents and admins, by display name, for assignment choices. */
  public java.util.List<Person> staff(String tenantId) {
    return accounts.findByTenantIdOrderByDisplayName(tenantId).stream()
        .filter(UserAccount::enabled)
        .filter(account -> account.actor().isStaff())
        .map(account -> new Person(account.username(), account.displayName()))
        .toList();
  }

  /** A person as choices and mentions show them. */
  public record Person(String username, String displayName) {}

  /** Whether {@code username} is an enabled account of the tenant and a member of the group. */
  public boolean isMember(String tenantId, String username, String groupKey) {
    return accounts
        .findByTenantIdAndUsername(tenantId, username)
        .filter(UserAccount::enabled)
        .map(account -> account.actor().groups().contains(groupKey))
        .orElse(false);
  }
}
