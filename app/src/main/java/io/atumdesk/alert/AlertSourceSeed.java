package io.atumdesk.alert;

import io.atumdesk.channel.ChannelSecrets;
import io.atumdesk.core.TenantContext;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds each source of {@code atum.alerts.sources} that is not a row yet, once, with its secret
 * sealed; from then on admins manage it and the configuration no longer changes it. Runs after the
 * demo data, whose tenants the test sources belong to; a source of an unknown tenant is skipped.
 */
@Component
@Order(20)
class AlertSourceSeed implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AlertSourceSeed.class);

  private final AlertProperties properties;
  private final AlertSourceDirectory directory;
  private final AlertSources sources;
  private final ChannelSecrets secrets;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  AlertSourceSeed(
      AlertProperties properties,
      AlertSourceDirectory directory,
      AlertSources sources,
      ChannelSecrets secrets,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.properties = properties;
    this.directory = directory;
    this.sources = sources;
    this.secrets = secrets;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    properties.sources().stream()
        .filter(source -> !directory.exists(source.id()))
        .forEach(this::seed);
  }

  private void seed(AlertProperties.Source source) {
    if (!tenantExists(source.tenant())) {
      log.warn("Alert source '{}' skipped: no tenant '{}'", source.id(), source.tenant());
      return;
    }
    TenantContext.runAs(
        source.tenant(),
        () ->
            transaction.executeWithoutResult(
                status -> {
                  AlertSource row =
                      new AlertSource(
                          source.id(),
                          source.type(),
                          secrets.encrypt(source.secret()),
                          clock.instant());
                  row.configure(source.type(), source.category(), source.resolveOnRecovery(), true);
                  sources.save(row);
                }));
    log.info(
        "Alert source '{}' of tenant '{}' added from configuration", source.id(), source.tenant());
  }

  private boolean tenantExists(String tenant) {
    return jdbc.sql("select count(*) from tenant where id = ?")
            .param(tenant)
            .query(Long.class)
            .single()
        > 0;
  }
}
