package io.atumdesk.decision.internal;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the tables tenants deployed into the registry: all at start-up, then whatever another node
 * deployed or rolled back, checked every {@code atum.decision.refresh-interval}. Runs outside
 * requests, so it reads every tenant's versions.
 */
@Component
class TenantTables implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TenantTables.class);
  private final DecisionVersions versions;
  private final DecisionRegistry registry;
  private final DmnTableCompiler compiler = new DmnTableCompiler();
  private Map<String, String> loaded = Map.of();

  TenantTables(DecisionVersions versions, DecisionRegistry registry) {
    this.versions = versions;
    this.registry = registry;
  }

  @Override
  public void run(ApplicationArguments args) {
    refresh();
  }

  /**
   * A stored version that no longer compiles (say, after an engine upgrade) must not stop the app.
   */
  private void activate(DecisionVersion version) {
    try {
      CompiledTable table = compiler.compile(version.decisionId() + ".dmn", version.xml()).get(0);
      registry.activate(version.tenantId(), table.withVersion(version.label()));
      log.info(
          "Tenant {} runs table {} {}", version.tenantId(), version.decisionId(), version.label());
    } catch (RuntimeException e) {
      log.error(
          "Tenant {} keeps the shipped {}: its version {} does not compile",
          version.tenantId(),
          version.decisionId(),
          version.label(),
          e);
    }
  }

  /** Compiles only what changed since the last look: a label per tenant and table. */
  @Scheduled(
      fixedDelayString = "${atum.decision.refresh-interval:PT5S}",
      initialDelayString = "${atum.decision.refresh-interval:PT5S}")
  @Transactional(readOnly = true)
  public synchronized void refresh() {
    Map<String, String> now = new HashMap<>();
    for (DecisionVersion version : versions.findByActiveTrue()) {
      String key = version.tenantId() + "/" + version.decisionId();
      now.put(key, version.label());
      if (!version.label().equals(loaded.get(key))
          && !registry.isActive(version.tenantId(), version.decisionId(), version.label())) {
        activate(version);
      }
    }
    loaded.keySet().stream()
        .filter(key -> !now.containsKey(key))
        .forEach(
            key -> {
              String[] parts = key.split("/", 2);
              registry.deactivate(parts[0], parts[1]);
            });
    loaded = Map.copyOf(now);
  }
}
