package io.atumdesk.decision;

import io.atumdesk.core.Actor;
import java.util.List;
import java.util.Map;

/**
 * What designers and admins do with decision tables: deploy a new version from DMN XML, see the
 * versions, roll back, and try a table with sample inputs without touching any ticket.
 */
public interface DecisionDeployments {

  /**
   * Compiles and activates a new version for the caller's tenant. A refused file is kept with its
   * reason and the running version stays.
   *
   * @throws io.atumdesk.core.InvalidInputException naming the table, the rule and the problem
   */
  DeployedVersion deploy(Actor actor, String fileName, byte[] xml);

  /** Every table the tenant evaluates, with the versions it deployed of it, newest first. */
  List<TableVersions> catalogue(Actor actor);

  /** Activates an earlier version again ({@code toVersion} null: the one before the active). */
  DeployedVersion rollback(Actor actor, String decisionId, Integer toVersion);

  /** Uploads that were refused, newest first, with the reason each was refused. */
  List<RefusedUpload> refused(Actor actor);

  /** Evaluates the tenant's active table with sample inputs; nothing is recorded anywhere. */
  DecisionOutcome simulate(Actor actor, String decisionId, Map<String, Object> inputs);

  /**
   * Checks DMN XML exactly as {@link #deploy} would (safe XML, no external functions, kie compiles
   * it, every cell within the allowed FEEL) without storing or activating anything.
   *
   * @return the problems, each at its rule and column or element; empty when it may be deployed
   */
  List<TableProblem> check(Actor actor, String fileName, byte[] xml);

  /** The DMN XML the tenant evaluates under that id: its active version or the shipped file. */
  java.util.Optional<TableSource> source(Actor actor, String decisionId);

  /**
   * A problem of a table at its place: a cell (rule and column ids, and the entry's id if it has
   * one) or an element kie named; all null when the file as a whole is refused.
   */
  record TableProblem(String elementId, String ruleId, String columnId, String message) {}

  /** A table's XML and the version it is (0: the shipped file). */
  record TableSource(String decisionId, int version, byte[] xml) {}

  /** One deployed version; version 0 is the shipped table. */
  record DeployedVersion(
      String decisionId,
      int version,
      String label,
      String createdBy,
      java.time.Instant createdAt,
      boolean active) {}

  /** A refused upload; its XML stays stored for the designer to fix. */
  record RefusedUpload(
      Long id, String fileName, String reason, String uploadedBy, java.time.Instant uploadedAt) {}

  /** A table as the tenant evaluates it, and its history. */
  record TableVersions(DecisionTable table, String source, List<DeployedVersion> versions) {}
}
