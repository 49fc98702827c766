package io.atumdesk.decision.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Loads the decision tables shipped on the classpath into a fresh registry, once at start-up. */
public final class ShippedTables {

  public static final String DEFAULT_LOCATION = "classpath*:rules/*.dmn";

  private static final Logger log = LoggerFactory.getLogger(ShippedTables.class);

  private ShippedTables() {}

  /**
   * @throws DecisionTableCompilationException naming the file when a table does not compile
   * @throws IllegalStateException when two files define the same decision id
   */
  public static DecisionRegistry load(ResourcePatternResolver resolver, String location) {
    DmnTableCompiler compiler = new DmnTableCompiler();
    DecisionRegistry registry = new DecisionRegistry();
    Map<String, String> fileByDecisionId = new HashMap<>();
    for (Resource file : files(resolver, location)) {
      for (CompiledTable table : compiler.compile(file.getFilename(), read(file))) {
        String id = table.decisionId();
        String other = fileByDecisionId.putIfAbsent(id, file.getFilename());
        if (other != null) {
          throw new IllegalStateException(
              "Decision id '" + id + "' is in both " + other + " and " + file.getFilename());
        }
        registry.registerShipped(table);
        log.info("Decision table {} version {} from {}", id, table.version(), file.getFilename());
      }
    }
    return registry;
  }

  private static Resource[] files(ResourcePatternResolver resolver, String location) {
    try {
      return resolver.getResources(location);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list decision tables at " + location, e);
    }
  }

  private static byte[] read(Resource file) {
    try (var in = file.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read decision table " + file.getDescription(), e);
    }
  }
}
