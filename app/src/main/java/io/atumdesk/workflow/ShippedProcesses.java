package io.atumdesk.workflow;

import java.io.IOException;
import java.io.InputStream;
import org.flowable.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models shipped in {@code classpath*:processes/*.bpmn20.xml}, one deployment per file
 * named by the file alone, without a tenant so they serve every tenant. Flowable's duplicate filter
 * makes an unchanged file a no-op, whether the app runs from classes or from the jar (Flowable's
 * own auto-deployment names resources by path and would version them on each switch).
 */
@Component
@Order(0)
class ShippedProcesses implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ShippedProcesses.class);
  private final RepositoryService repository;
  private final ProcessModelRules rules;

  ShippedProcesses(RepositoryService repository, ProcessModelRules rules) {
    this.repository = repository;
    this.rules = rules;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    deployAll();
  }

  static org.flowable.bpmn.model.BpmnModel parse(String file, byte[] xml) {
    try {
      return ProcessModelCheck.parse(xml);
    } catch (javax.xml.stream.XMLStreamException e) {
      throw new IllegalStateException("Process model " + file + " is not well-formed XML", e);
    }
  }

  void deployAll() throws IOException {
    var resolver = new PathMatchingResourcePatternResolver();
    for (Resource model : resolver.getResources("classpath*:processes/*.bpmn20.xml")) {
      String file = model.getFilename();
      byte[] xml;
      try (InputStream in = model.getInputStream()) {
        xml = in.readAllBytes();
      }
      var problems = rules.check(parse(file, xml));
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "Process model " + file + " breaks the model rules: " + problems);
      }
      try (InputStream in = new java.io.ByteArrayInputStream(xml)) {
        var deployment =
            repository
                .createDeployment()
                .name("shipped:" + file)
                .category("shipped")
                .addInputStream(file, in)
                .enableDuplicateFiltering()
                .deploy();
        log.debug("Process model {} is deployment {}", file, deployment.getId());
      }
    }
  }
}
