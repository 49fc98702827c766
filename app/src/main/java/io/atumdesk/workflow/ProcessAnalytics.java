package io.atumdesk.workflow;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.job.api.Job;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What one deployed version of a process does for the caller's tenant, from Flowable's history: per
 * activity how many tickets wait there now and the median and p90 time spent there, per flow how
 * often it was taken, and the jobs that failed with their error. The aggregates are computed by the
 * database (one grouped query), so the cost does not grow with the history in memory.
 */
@Service
public class ProcessAnalytics {

  /** Grouped by activity; PERCENTILE_CONT skips the unfinished rows' empty durations. */
  private static final String STATS =
      """
      SELECT ACT_ID_, ACT_TYPE_,
             SUM(CASE WHEN END_TIME_ IS NULL THEN 1 ELSE 0 END),
             SUM(CASE WHEN END_TIME_ IS NULL THEN 0 ELSE 1 END),
             PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY DURATION_),
             PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY DURATION_)
        FROM ACT_HI_ACTINST
       WHERE PROC_DEF_ID_ = ? AND TENANT_ID_ = ?
       GROUP BY ACT_ID_, ACT_TYPE_
      """;

  private final RepositoryService repository;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final JdbcTemplate jdbc;

  ProcessAnalytics(
      RepositoryService repository,
      ManagementService management,
      RuntimeService runtime,
      JdbcTemplate jdbc) {
    this.repository = repository;
    this.management = management;
    this.runtime = runtime;
    this.jdbc = jdbc;
  }

  /** A version's activities, flows and failed jobs for the caller's tenant. */
  public Analytics of(Actor actor, String definitionId) {
    ProcessDefinition definition = visible(actor, definitionId);
    // Elements inside subprocesses too (a CAB's votes, an event subprocess).
    Map<String, FlowElement> elements =
        repository
            .getBpmnModel(definitionId)
            .getMainProcess()
            .findFlowElementsOfType(FlowElement.class, true)
            .stream()
            .collect(Collectors.toMap(FlowElement::getId, Function.identity(), (a, b) -> a));
    Map<String, ActivityStats> activities = new LinkedHashMap<>();
    List<FlowStats> flows = new ArrayList<>();
    jdbc.query(
        STATS,
        row -> {
          String id = row.getString(1);
          if ("sequenceFlow".equals(row.getString(2))) {
            flows.add(new FlowStats(id, row.getLong(4)));
          } else {
            FlowElement element = elements.get(id);
            activities.put(
                id,
                new ActivityStats(
                    id,
                    element == null ? id : name(element),
                    row.getString(2),
                    row.getLong(3),
                    row.getLong(4),
                    millis(row.getObject(5)),
                    millis(row.getObject(6))));
          }
        },
        definitionId,
        actor.tenantId());
    List<Job> deadLetters =
        management
            .createDeadLetterJobQuery()
            .processDefinitionId(definitionId)
            .jobTenantId(actor.tenantId())
            .list();
    addWaitingForJobs(actor, definitionId, deadLetters, elements, activities);
    return new Analytics(
        definition.getId(),
        definition.getKey(),
        definition.getVersion(),
        activities.values().stream().sorted(Comparator.comparing(ActivityStats::name)).toList(),
        flows,
        failedJobs(actor, definitionId, deadLetters));
  }

  /** The version's BPMN XML, to draw the figures on. */
  public String model(Actor actor, String definitionId) {
    visible(actor, definitionId);
    try (InputStream model = repository.getProcessModel(definitionId)) {
      return new String(model.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gives a failed job its tries back; it runs with the next round of the job executor. */
  public void retry(Actor actor, String jobId) {
    requireDesigner(actor);
    Job dead =
        management
            .createDeadLetterJobQuery()
            .jobId(jobId)
            .jobTenantId(actor.tenantId())
            .singleResult();
    if (dead != null) {
      management.moveDeadLetterJobToExecutableJob(jobId, 3);
      return;
    }
    Job failing =
        management.createTimerJobQuery().jobId(jobId).jobTenantId(actor.tenantId()).singleResult();
    if (failing == null) {
      throw new NotFoundException("Failed job", jobId);
    }
    if (failing.getExceptionMessage() == null) {
      throw new ConflictException("Job %s has not failed; it runs as planned.".formatted(jobId));
    }
    management.moveTimerToExecutableJob(jobId);
  }

  /**
   * A ticket whose next step runs asynchronously has no activity row until its job ran: it waits at
   * that step all the same, as does one whose job is a dead letter.
   */
  private void addWaitingForJobs(
      Actor actor,
      String definitionId,
      List<Job> deadLetters,
      Map<String, FlowElement> elements,
      Map<String, ActivityStats> activities) {
    Stream.concat(
            management
                .createJobQuery()
                .processDefinitionId(definitionId)
                .jobTenantId(actor.tenantId())
                .list()
                .stream(),
            deadLetters.stream())
        .map(Job::getElementId)
        .filter(elements::containsKey)
        .forEach(
            id ->
                activities.merge(
                    id,
                    new ActivityStats(
                        id, name(elements.get(id)), typeOf(elements.get(id)), 1, 0, null, null),
                    ActivityStats::plusWaiting));
  }

  /** The history's name of an element's type: serviceTask, userTask, ... */
  private static String typeOf(FlowElement element) {
    String simple = element.getClass().getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  /** Dead letters and failing jobs, with their tickets' keys read in one query. */
  private List<FailedJob> failedJobs(Actor actor, String definitionId, List<Job> deadLetters) {
    // A failed job with tries left waits as a timer job until its next try.
    List<Job> retrying =
        management
            .createTimerJobQuery()
            .processDefinitionId(definitionId)
            .jobTenantId(actor.tenantId())
            .withException()
            .list();
    Set<String> instanceIds =
        Stream.concat(deadLetters.stream(), retrying.stream())
            .map(Job::getProcessInstanceId)
            .collect(Collectors.toSet());
    Map<String, String> ticketKeys = new HashMap<>();
    if (!instanceIds.isEmpty()) {
      runtime
          .createProcessInstanceQuery()
          .processInstanceIds(instanceIds)
          .list()
          .forEach(instance -> ticketKeys.put(instance.getId(), instance.getBusinessKey()));
    }
    List<FailedJob> failed = new ArrayList<>();
    deadLetters.forEach(job -> failed.add(failedJob(job, true, ticketKeys)));
    retrying.forEach(job -> failed.add(failedJob(job, false, ticketKeys)));
    return failed;
  }

  private static FailedJob failedJob(Job job, boolean dead, Map<String, String> ticketKeys) {
    return new FailedJob(
        job.getId(),
        job.getElementId(),
        ticketKeys.get(job.getProcessInstanceId()),
        job.getExceptionMessage(),
        job.getRetries(),
        dead,
        job.getCreateTime() == null ? null : job.getCreateTime().toInstant());
  }

  private ProcessDefinition visible(Actor actor, String definitionId) {
    requireDesigner(actor);
    ProcessDefinition definition =
        repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
    boolean shipped =
        definition != null
            && (definition.getTenantId() == null || definition.getTenantId().isEmpty());
    if (definition == null || !(shipped || actor.tenantId().equals(definition.getTenantId()))) {
      throw new NotFoundException("Process version", definitionId);
    }
    return definition;
  }

  private static String name(FlowElement element) {
    return element.getName() == null || element.getName().isBlank()
        ? element.getId()
        : element.getName();
  }

  private static Long millis(Object value) {
    return value == null ? null : Math.round(((Number) value).doubleValue());
  }

  private static void requireDesigner(Actor actor) {
    if (!actor.has(Role.PROCESS_DESIGNER) && !actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only process designers and admins see process analytics.");
    }
  }

  /** One version's figures. */
  public record Analytics(
      String definitionId,
      String processKey,
      int version,
      List<ActivityStats> activities,
      List<FlowStats> flows,
      List<FailedJob> failedJobs) {}

  /** How many wait at an activity now, how many passed it, and how long they stayed. */
  public record ActivityStats(
      String activityId,
      String name,
      String type,
      long waiting,
      long completed,
      Long medianMillis,
      Long p90Millis) {

    ActivityStats plusWaiting(ActivityStats more) {
      return new ActivityStats(
          activityId, name, type, waiting + more.waiting, completed, medianMillis, p90Millis);
    }
  }

  /** How often a sequence flow was taken. */
  public record FlowStats(String flowId, long taken) {}

  /** A job that failed: its error, the tries left, and whether it is a dead letter. */
  public record FailedJob(
      String jobId,
      String activityId,
      String ticketKey,
      String error,
      int retriesLeft,
      boolean dead,
      java.time.Instant created) {}
}
