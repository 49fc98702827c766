package io.atumdesk.people;

import io.atumdesk.core.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
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

  /** The enabled manager who approves the person's requests, if the person has one. */
  public Optional<String> managerOf(String tenantId, String username) {
    return accounts
        .findByTenantIdAndUsername(tenantId, username)
        .map(UserAccount::manager)
        .flatMap(manager -> accounts.findByTenantIdAndUsername(tenantId, manager))
        .filter(UserAccount::enabled)
        .map(UserAccount::username);
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
  public List<Person> staff(String tenantId) {
    return accounts.findByTenantIdOrderByDisplayName(tenantId).stream()
        .filter(UserAccount::enabled)
        .filter(account -> account.actor().isStaff())
        .map(account -> new Person(account.username(), account.displayName()))
        .toList();
  }

  /** The usernames of the group's enabled members, sorted; empty for an unknown group. */
  public List<String> members(String tenantId, String groupKey) {
    return accounts.findByTenantIdOrderByDisplayName(tenantId).stream()
        .filter(UserAccount::enabled)
        .filter(account -> account.actor().groups().contains(groupKey))
        .map(UserAccount::username)
        .sorted()
        .toList();
  }

  /** Whether {@code username} is an enabled account of the tenant and a member of the group. */
  public boolean isMember(String tenantId, String username, String groupKey) {
    return accounts
        .findByTenantIdAndUsername(tenantId, username)
        .filter(UserAccount::enabled)
        .map(account -> account.actor().groups().contains(groupKey))
        .orElse(false);
  }

  /**
   * Which of {@code usernames} are enabled staff accounts (any role but customer) of the tenant.
   */
  public Set<String> staffAmong(String tenantId, Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return Set.of();
    }
    return accounts.findByTenantIdAndUsernameIn(tenantId, usernames).stream()
        .filter(UserAccount::enabled)
        .filter(account -> account.actor().isStaff())
        .map(UserAccount::username)
        .collect(Collectors.toSet());
  }

  /**
   * Enabled staff of the tenant whose username or display name starts with {@code prefix} (any
   * case), by username, at most {@code limit}.
   */
  public List<Person> staffStartingWith(String tenantId, String prefix, int limit) {
    String text = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
    String pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    Set<Role> staff = EnumSet.complementOf(EnumSet.of(Role.CUSTOMER));
    return accounts
        .findWithRoleStartingWith(tenantId, staff, pattern, PageRequest.of(0, limit))
        .stream()
        .map(account -> new Person(account.username(), account.displayName()))
        .toList();
  }

  /** Who acts for mail from {@code email}: the tenant's first enabled account with it, if any. */
  public Optional<io.atumdesk.core.Actor> actorByEmail(String tenantId, String email) {
    return accounts.findByTenantIdAndEmailIgnoreCaseOrderById(tenantId, email).stream()
        .filter(UserAccount::enabled)
        .map(UserAccount::actor)
        .findFirst();
  }

  /** Who acts as an enabled account of the tenant, for work done on its behalf (a mailed link). */
  public Optional<io.atumdesk.core.Actor> actor(String tenantId, String username) {
    return accounts
        .findByTenantIdAndUsername(tenantId, username)
        .filter(UserAccount::enabled)
        .map(UserAccount::actor);
  }

  /** The person behind an account of the tenant, enabled or not (a requester may have left). */
  public Optional<Person> person(String tenantId, String username) {
    return accounts
        .findByTenantIdAndUsername(tenantId, username)
        .map(account -> new Person(account.username(), account.displayName()));
  }

  /** Where an enabled account of the tenant hears from us: its address (if any) and language. */
  public Optional<Contact> contact(String tenantId, String username) {
    return accounts
        .findByTenantIdAndUsername(tenantId, username)
        .filter(UserAccount::enabled)
        .map(
            account ->
                new Contact(
                    account.username(), account.displayName(), account.email(), account.locale()));
  }
}
