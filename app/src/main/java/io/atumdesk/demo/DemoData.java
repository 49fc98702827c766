package io.atumdesk.demo;

import io.atumdesk.core.Role;
import io.atumdesk.people.Tenant;
import io.atumdesk.people.Tenants;
import io.atumdesk.people.UserAccount;
import io.atumdesk.people.UserAccounts;
import io.atumdesk.people.UserGroup;
import io.atumdesk.people.UserGroups;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds tenants {@code acme} and {@code globex} with a user per role and a few tickets, once. The
 * passwords equal the usernames, so this runs only in demo mode and says so in the log.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final DemoProperties properties;
  private final DataSource dataSource;
  private final Tenants tenants;
  private final UserAccounts accounts;
  private final UserGroups groups;
  private final PasswordEncoder passwords;
  private final DemoTickets tickets;

  DemoData(
      DemoProperties properties,
      DataSource dataSource,
      Tenants tenants,
      UserAccounts accounts,
      UserGroups groups,
      PasswordEncoder passwords,
      DemoTickets tickets) {
    this.properties = properties;
    this.dataSource = dataSource;
    this.tenants = tenants;
    this.accounts = accounts;
    this.groups = groups;
    this.passwords = passwords;
    this.tickets = tickets;
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    if (!enabled()) {
      return;
    }
    log.warn(
        "DEMO MODE: demo users (admin, designer, agent, cab, customer in 'acme'; agent2, customer2"
            + " in 'globex') sign in with their username as password. Set ATUM_DEMO=false in"
            + " production.");
    if (tenants.existsById("acme")) {
      return;
    }
    seedAcme();
    seedGlobex();
    tickets.seed();
  }

  private boolean enabled() throws SQLException {
    if (properties.enabled() != null) {
      return properties.enabled();
    }
    try (var connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
    }
  }

  private void seedAcme() {
    tenant("acme", "ACME Corporation");
    group("acme", "service-desk", "Service desk");
    group("acme", "network-ops", "Network operations");
    user("acme", "admin", "Ada Admin", Set.of(Role.ADMIN), Set.of());
    user("acme", "designer", "Dana Designer", Set.of(Role.PROCESS_DESIGNER), Set.of());
    user("acme", "agent", "Alex Agent", Set.of(Role.AGENT), Set.of("service-desk", "network-ops"));
    user("acme", "cab", "Casey CAB", Set.of(Role.CAB_MEMBER), Set.of());
    user("acme", "customer", "Chris Customer", Set.of(Role.CUSTOMER), Set.of());
  }

  private void seedGlobex() {
    tenant("globex", "Globex Inc.");
    group("globex", "service-desk", "Service desk");
    group("globex", "network-ops", "Network operations");
    user("globex", "agent2", "Gale Agent", Set.of(Role.AGENT), Set.of("service-desk"));
    user("globex", "customer2", "Gus Customer", Set.of(Role.CUSTOMER), Set.of());
  }

  private void tenant(String id, String name) {
    tenants.save(new Tenant(id, name, Clock.systemUTC().instant()));
  }

  private void group(String tenant, String key, String name) {
    groups.save(new UserGroup(tenant, key, name));
  }

  private void user(
      String tenant, String username, String name, Set<Role> roles, Set<String> member) {
    accounts.save(
        new UserAccount(
            tenant,
            username,
            name,
            passwords.encode(username),
            roles,
            member,
            Clock.systemUTC().instant()));
  }
}
