package io.atumdesk.demo;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds tenants {@code acme} and {@code globex} with a user per role, a few tickets, reply
 * templates, (acme) a small CMDB, a problem with its known error, a few changes with a blackout
 * window and the catalog's four items, once. The passwords equal the usernames, so this runs only
 * in demo mode and says so in the log.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final DemoProperties properties;
  private final DataSource dataSource;
  private final DemoPeople people;
  private final DemoTickets tickets;
  private final DemoTemplates templates;
  private final DemoCmdb cmdb;
  private final DemoChanges changes;
  private final DemoCatalog catalog;
  private final DemoProblems problems;
  private final DemoAssist assist;
  private final DemoKnowledge knowledge;

  DemoData(
      DemoProperties properties,
      DataSource dataSource,
      DemoPeople people,
      DemoTickets tickets,
      DemoTemplates templates,
      DemoCmdb cmdb,
      DemoChanges changes,
      DemoCatalog catalog,
      DemoProblems problems,
      DemoAssist assist,
      DemoKnowledge knowledge) {
    this.properties = properties;
    this.dataSource = dataSource;
    this.people = people;
    this.tickets = tickets;
    this.templates = templates;
    this.cmdb = cmdb;
    this.changes = changes;
    this.catalog = catalog;
    this.problems = problems;
    this.assist = assist;
    this.knowledge = knowledge;
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    if (!enabled()) {
      return;
    }
    log.warn(
        "DEMO MODE: demo users (admin, designer, agent, problem, cab, cab2, cab3, changemgr, customer,"
            + " manager, itsupport, facilities, hr, kate in 'acme'; agent2, customer2, kate2 in 'globex') sign"
            + " in with their username as password. Set ATUM_DEMO=false in production.");
    if (!people.seeded()) {
      people.seed();
      tickets.seed();
    }
    templates.seedMissing();
    cmdb.seedMissing();
    changes.seedMissing();
    catalog.seedMissing();
    problems.seedMissing();
    assist.seedMissing();
    people.seedKnowledgeManagersMissing();
    knowledge.seedMissing();
  }

  private boolean enabled() throws SQLException {
    if (properties.enabled() != null) {
      return properties.enabled();
    }
    try (var connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
    }
  }
}
