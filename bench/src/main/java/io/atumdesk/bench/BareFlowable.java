package io.atumdesk.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * A standalone engine on its own database, with the app's history level, the async executor off and
 * a Hikari pool of the app's size, starting the bare process with the app's start call: tenant with
 * fallback, business key and the same four variables.
 */
final class BareFlowable implements Load.Operation, AutoCloseable {

  static final String PROCESS_KEY = "bareIncident";

  private final HikariDataSource dataSource;
  private final ProcessEngine engine;
  private final RuntimeService runtime;

  BareFlowable(String url, String user, String password, int poolSize, String historyLevel) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(url);
    pool.setUsername(user);
    pool.setPassword(password);
    pool.setMaximumPoolSize(poolSize);
    this.dataSource = new HikariDataSource(pool);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistoryLevel(HistoryLevel.getHistoryLevelForKey(historyLevel));
    configuration.setAsyncExecutorActivate(false);
    configuration.setDisableIdmEngine(true);
    configuration.setDisableEventRegistry(true);
    // As Flowable's Spring Boot starter does: no id-block table, whose second connection per
    // command would also deadlock a pool smaller than the client count.
    configuration.setIdGenerator(new StrongUuidGenerator());
    this.engine = configuration.buildProcessEngine();
    this.runtime = engine.getRuntimeService();
    engine
        .getRepositoryService()
        .createDeployment()
        .name("bench")
        .addClasspathResource("bare-incident.bpmn20.xml")
        .deploy();
  }

  @Override
  public void run(int index) {
    String key = "BARE-%06d".formatted(index);
    runtime
        .createProcessInstanceBuilder()
        .processDefinitionKey(PROCESS_KEY)
        .tenantId("acme")
        .fallbackToDefaultTenant()
        .overrideProcessDefinitionTenantId("acme")
        .businessKey(key)
        .variables(
            Map.of(
                "ticketId",
                (long) index,
                "ticketKey",
                key,
                "requester",
                "customer",
                "autoCloseAfter",
                "P7D"))
        .start();
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }
}
