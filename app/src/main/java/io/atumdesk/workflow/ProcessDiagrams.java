package io.atumdesk.workflow;

import io.atumdesk.core.Actor;
import io.atumdesk.core.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A ticket's process model as deployed for its version, and the steps it waits at now. */
@Service
public class ProcessDiagrams {

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final HistoryService history;

  ProcessDiagrams(RepositoryService repository, RuntimeService runtime, HistoryService history) {
    this.repository = repository;
    this.runtime = runtime;
    this.history = history;
  }

  /** The diagram of a process instance of the caller's tenant; staff only. */
  @Transactional(readOnly = true)
  public ProcessDiagram of(Actor actor, String processInstanceId) {
    var instance =
        actor.isStaff() && processInstanceId != null
            ? history
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .processInstanceTenantId(actor.tenantId())
                .singleResult()
            : null;
    if (instance == null) {
      throw new NotFoundException("Process instance", processInstanceId);
    }
    List<String> current =
        instance.getEndTime() == null ? runtime.getActiveActivityIds(processInstanceId) : List.of();
    try (InputStream model = repository.getProcessModel(instance.getProcessDefinitionId())) {
      return new ProcessDiagram(
          new String(model.readAllBytes(), StandardCharsets.UTF_8),
          instance.getProcessDefinitionKey(),
          instance.getProcessDefinitionVersion(),
          current);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** BPMN XML of the instance's version, and the ids of the activities it waits at. */
  public record ProcessDiagram(
      String bpmnXml, String processKey, int version, List<String> currentActivityIds) {}
}
