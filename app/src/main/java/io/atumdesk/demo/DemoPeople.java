package io.atumdesk.demo;

import io.atumdesk.core.Role;
import io.atumdesk.people.Tenant;
import io.atumdesk.people.Tenants;
import io.atumdesk.people.UserAccount;
import io.atumdesk.people.UserAccounts;
import io.atumdesk.people.UserGroup;
import io.atumdesk.people.UserGroups;
import java.time.Clock;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The demo tenants, their groups and a user for every role; each password is the username. */
@Component
class DemoPeople {

  private final Tenants tenants;
  private final UserAccounts accounts;
  private final UserGroups groups;
  private final PasswordEncoder passwords;
  private final Clock clock;

  DemoPeople(
      Tenants tenants,
      UserAccounts accounts,
      UserGroups groups,
      PasswordEncoder passwords,
      Clock clock) {
    this.tenants = tenants;
    this.accounts = accounts;
    this.groups = groups;
    this.passwords = passwords;
    this.clock = clock;
  }

  boolean seeded() {
    return tenants.existsById("acme");
  }

  void seed() {
    seedAcme();
    seedGlobex();
  }

  private void seedAcme() {
    tenant("acme", "ACME Corporation");
    group("acme", "service-desk", "Service desk");
    group("acme", "network-ops", "Network operations");
    group("acme", "cab", "Change advisory board");
    group("acme", "change-managers", "Change managers");
    group("acme", "ecab", "Emergency change advisory board");
    group("acme", "problem-management", "Problem management");
    user("acme", "admin", "Ada Admin", Set.of(Role.ADMIN), Set.of());
    user("acme", "designer", "Dana Designer", Set.of(Role.PROCESS_DESIGNER), Set.of());
    user("acme", "agent", "Alex Agent", Set.of(Role.AGENT), Set.of("service-desk", "network-ops"));
    user("acme", "cab", "Casey CAB", Set.of(Role.CAB_MEMBER), Set.of("cab"));
    user("acme", "cab2", "Cameron CAB", Set.of(Role.CAB_MEMBER), Set.of("cab", "ecab"));
    user("acme", "cab3", "Charlie CAB", Set.of(Role.CAB_MEMBER), Set.of("cab"));
    user(
        "acme",
        "changemgr",
        "Cleo Change-Manager",
        Set.of(Role.AGENT),
        Set.of("change-managers", "ecab", "network-ops"));
    user("acme", "customer", "Chris Customer", Set.of(Role.CUSTOMER), Set.of());
    // The service catalog's fulfilment groups, and the manager who approves Chris's requests.
    group("acme", "it-support", "IT support");
    group("acme", "facilities", "Facilities");
    group("acme", "hr", "Human resources");
    user("acme", "itsupport", "Ivy Support", Set.of(Role.AGENT), Set.of("it-support"));
    user("acme", "facilities", "Finn Facilities", Set.of(Role.AGENT), Set.of("facilities"));
    user("acme", "hr", "Harper HR", Set.of(Role.AGENT), Set.of("hr"));
    user("acme", "manager", "Morgan Manager", Set.of(Role.AGENT), Set.of());
    accounts
        .findByTenantIdAndUsername("acme", "customer")
        .ifPresent(
            customer -> {
              customer.reportTo("manager");
              accounts.save(customer);
            });
    user("acme", "problem", "Pat Problem", Set.of(Role.AGENT), Set.of("problem-management"));
  }

  private void seedGlobex() {
    tenant("globex", "Globex Inc.");
    group("globex", "service-desk", "Service desk");
    group("globex", "network-ops", "Network operations");
    group("globex", "cab", "Change advisory board");
    group("globex", "problem-management", "Problem management");
    user("globex", "agent2", "Gale Agent", Set.of(Role.AGENT), Set.of("service-desk"));
    user("globex", "customer2", "Gus Customer", Set.of(Role.CUSTOMER), Set.of());
    // Globex's own designer: the studio's tests show one tenant's versions and runs are not
    // another's, and that globex can import what acme exported.
    user("globex", "designer2", "Glen Designer", Set.of(Role.PROCESS_DESIGNER), Set.of());
  }

  /**
   * The knowledge managers who review articles (issue 8), added to demo databases seeded before
   * them too.
   */
  void seedKnowledgeManagersMissing() {
    if (accounts.findByUsername("kate").isPresent()) {
      return;
    }
    group("acme", "knowledge-managers", "Knowledge managers");
    user(
        "acme",
        "kate",
        "Kate Knowledge",
        Set.of(Role.AGENT),
        Set.of("knowledge-managers", "service-desk"));
    group("globex", "knowledge-managers", "Knowledge managers");
    user(
        "globex",
        "kate2",
        "Kit Knowledge",
        Set.of(Role.AGENT),
        Set.of("knowledge-managers", "service-desk"));
  }

  private void tenant(String id, String name) {
    tenants.save(new Tenant(id, name, clock.instant()));
  }

  private void group(String tenant, String key, String name) {
    groups.save(new UserGroup(tenant, key, name));
  }

  private void user(
      String tenant, String username, String name, Set<Role> roles, Set<String> member) {
    accounts.save(
        new UserAccount(
            tenant, username, name, passwords.encode(username), roles, member, clock.instant()));
  }
}
