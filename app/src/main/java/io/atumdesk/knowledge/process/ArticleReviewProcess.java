package io.atumdesk.knowledge.process;

import io.atumdesk.core.ConflictException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * Drives {@code knowledge-article.bpmn20.xml}: the one place the knowledge module touches Flowable.
 * Its key, steps and variables are named here and nowhere else.
 */
@Component
public class ArticleReviewProcess {

  public static final String KEY = "knowledge-article";
  public static final String ARTICLE_ID = "articleId";
  public static final String AUTHOR = "author";
  public static final String APPROVED = "approved";
  public static final String COMMENT = "reviewComment";
  public static final String REVIEWER = "reviewer";

  /** True in an instance that reviews an edit of a published article (a revision). */
  public static final String REVISION = "revision";

  static final String REVIEW = "reviewArticle";
  static final String REVISE = "reviseArticle";
  static final String PUBLISHED = "articlePublished";

  private final RuntimeService runtime;
  private final TaskService tasks;

  ArticleReviewProcess(RuntimeService runtime, TaskService tasks) {
    this.runtime = runtime;
    this.tasks = tasks;
  }

  /** Starts the review of a submitted article; answers the process instance's id. */
  public String start(long articleId, String tenantId, String author) {
    return runtime
        .createProcessInstanceBuilder()
        .processDefinitionKey(KEY)
        .tenantId(tenantId)
        .fallbackToDefaultTenant()
        .overrideProcessDefinitionTenantId(tenantId)
        .businessKey("KB-" + articleId)
        .variables(Map.of(ARTICLE_ID, articleId, AUTHOR, author))
        .start()
        .getId();
  }

  /**
   * Starts the review of a revision of a published article, in the same process: approved, it is
   * published and this instance becomes the article's own; rejected, it goes back to its editor.
   */
  public String startRevision(long articleId, String tenantId, String editor) {
    return runtime
        .createProcessInstanceBuilder()
        .processDefinitionKey(KEY)
        .tenantId(tenantId)
        .fallbackToDefaultTenant()
        .overrideProcessDefinitionTenantId(tenantId)
        .businessKey("KB-" + articleId)
        .variables(Map.of(ARTICLE_ID, articleId, AUTHOR, editor, REVISION, true))
        .start()
        .getId();
  }

  /** Ends an instance that no longer stands for the article (superseded or discarded). */
  public void end(String instanceId, String reason) {
    if (instanceId != null
        && runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
      runtime.deleteProcessInstance(instanceId, reason);
    }
  }

  /** Whether the instance waits at a step; {@code reviewArticle}, {@code reviseArticle}, ... */
  public boolean waitsAt(String instanceId, String step) {
    return instanceId != null
        && runtime.createExecutionQuery().processInstanceId(instanceId).activityId(step).count()
            > 0;
  }

  public boolean inReview(String instanceId) {
    return waitsAt(instanceId, REVIEW);
  }

  public boolean inRevision(String instanceId) {
    return waitsAt(instanceId, REVISE);
  }

  public boolean published(String instanceId) {
    return waitsAt(instanceId, PUBLISHED);
  }

  /**
   * Completes the review step: published when approved, back to the author with comments if not.
   */
  public void review(String instanceId, boolean approved, String comment, String reviewer) {
    Task task =
        Optional.ofNullable(
                tasks
                    .createTaskQuery()
                    .processInstanceId(instanceId)
                    .taskDefinitionKey(REVIEW)
                    .singleResult())
            .orElseThrow(() -> new ConflictException("The article is not waiting for a review."));
    tasks.setAssignee(task.getId(), reviewer);
    tasks.complete(
        task.getId(),
        Map.of(APPROVED, approved, COMMENT, comment == null ? "" : comment, REVIEWER, reviewer));
  }

  /** The author submits a returned draft again. */
  public void resubmit(String instanceId) {
    trigger(instanceId, REVISE, "The article is not waiting for its author.");
  }

  /** A knowledge manager retires a published article. */
  public void retire(String instanceId) {
    trigger(instanceId, PUBLISHED, "Only a published article can be retired.");
  }

  /** The article ids waiting for a review in the tenant, oldest first. */
  public List<Long> awaitingReview(String tenantId) {
    return tasks
        .createTaskQuery()
        .processDefinitionKey(KEY)
        .taskTenantId(tenantId)
        .taskDefinitionKey(REVIEW)
        .includeProcessVariables()
        .orderByTaskCreateTime()
        .asc()
        .list()
        .stream()
        .map(task -> ((Number) task.getProcessVariables().get(ARTICLE_ID)).longValue())
        .toList();
  }

  private void trigger(String instanceId, String step, String otherwise) {
    var execution =
        instanceId == null
            ? null
            : runtime
                .createExecutionQuery()
                .processInstanceId(instanceId)
                .activityId(step)
                .singleResult();
    if (execution == null) {
      throw new ConflictException(otherwise);
    }
    runtime.trigger(execution.getId());
  }
}
