package io.atumdesk.decision.internal;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import io.atumdesk.decision.DecisionDeployments;
import io.atumdesk.decision.DecisionOutcome;
import io.atumdesk.decision.Decisions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deploys tenant versions of decision tables. A file is compiled before anything is written, so a
 * bad table changes nothing but the list of refused uploads; a good one is live for the tenant as
 * soon as its transaction commits.
 */
@Service
class TableDeployments implements DecisionDeployments {

  private final DecisionRegistry registry;
  private final Decisions decisions;
  private final DecisionVersions versions;
  private final DecisionRejections rejections;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final DmnTableCompiler compiler = new DmnTableCompiler();

  TableDeployments(
      DecisionRegistry registry,
      Decisions decisions,
      DecisionVersions versions,
      DecisionRejections rejections,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.registry = registry;
    this.decisions = decisions;
    this.versions = versions;
    this.rejections = rejections;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Override
  public DeployedVersion deploy(Actor actor, String fileName, byte[] xml) {
    requireDesigner(actor);
    CompiledTable table = compileOrKeepRejected(actor, fileName, xml);
    return transaction.execute(
        status -> {
          var previous = versions.findFirstByDecisionIdOrderByVersionNumberDesc(table.decisionId());
          versions
              .findByDecisionIdOrderByVersionNumberDesc(table.decisionId())
              .forEach(DecisionVersion::deactivate);
          var version =
              new DecisionVersion(
                  actor.tenantId(),
                  table.decisionId(),
                  previous.map(v -> v.versionNumber() + 1).orElse(1),
                  table.version(),
                  xml,
                  actor.username(),
                  clock.instant());
          version.activate();
          versions.save(version);
          activateAfterCommit(actor.tenantId(), table.withVersion(version.label()));
          return view(version);
        });
  }

  @Override
  public List<TableProblem> check(Actor actor, String fileName, byte[] xml) {
    requireDesigner(actor);
    try {
      List<CompiledTable> tables = compiler.compile(fileName, xml);
      return tables.size() == 1
          ? List.of()
          : List.of(
              new TableProblem(
                  null,
                  null,
                  null,
                  "it holds " + tables.size() + " decision tables; keep one table per file"));
    } catch (DecisionTableCompilationException e) {
      return e.problems();
    }
  }

  @Override
  public Optional<TableSource> source(Actor actor, String decisionId) {
    requireDesigner(actor);
    return transaction.execute(
        status ->
            versions.findByDecisionIdOrderByVersionNumberDesc(decisionId).stream()
                .filter(DecisionVersion::active)
                .findFirst()
                .map(v -> new TableSource(decisionId, v.versionNumber(), v.xml()))
                .or(
                    () ->
                        registry
                            .shipped(decisionId)
                            .map(t -> new TableSource(decisionId, 0, t.xml()))));
  }

  @Override
  public List<TableVersions> catalogue(Actor actor) {
    requireStaff(actor);
    return transaction.execute(
        status ->
            decisions.tables(actor.tenantId()).stream()
                .map(
                    table -> {
                      List<DeployedVersion> history = new ArrayList<>();
                      versions.findByDecisionIdOrderByVersionNumberDesc(table.decisionId()).stream()
                          .map(TableDeployments::view)
                          .forEach(history::add);
                      boolean own = history.stream().anyMatch(DeployedVersion::active);
                      registry
                          .shipped(table.decisionId())
                          .ifPresent(
                              shipped ->
                                  history.add(
                                      new DeployedVersion(
                                          table.decisionId(),
                                          0,
                                          shipped.version(),
                                          "shipped",
                                          null,
                                          !own)));
                      return new TableVersions(table, own ? "tenant" : "shipped", history);
                    })
                .toList());
  }

  @Override
  public DeployedVersion rollback(Actor actor, String decisionId, Integer toVersion) {
    requireDesigner(actor);
    return transaction.execute(
        status -> {
          List<DecisionVersion> history =
              versions.findByDecisionIdOrderByVersionNumberDesc(decisionId);
          DecisionVersion current =
              history.stream()
                  .filter(DecisionVersion::active)
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new ConflictException(
                              "Table "
                                  + decisionId
                                  + " runs the shipped version; there is nothing to roll back."));
          int target = toVersion != null ? toVersion : current.versionNumber() - 1;
          history.forEach(DecisionVersion::deactivate);
          if (target == 0) {
            activateAfterCommit(actor.tenantId(), null, decisionId);
            return new DeployedVersion(
                decisionId,
                0,
                registry.shipped(decisionId).map(CompiledTable::version).orElse(null),
                "shipped",
                null,
                true);
          }
          DecisionVersion chosen =
              history.stream()
                  .filter(v -> v.versionNumber() == target)
                  .findFirst()
                  .orElseThrow(
                      () -> new NotFoundException("Version " + target + " of table", decisionId));
          chosen.activate();
          CompiledTable table = compiler.compile(decisionId + ".dmn", chosen.xml()).get(0);
          activateAfterCommit(actor.tenantId(), table.withVersion(chosen.label()));
          return view(chosen);
        });
  }

  @Override
  public List<RefusedUpload> refused(Actor actor) {
    requireDesigner(actor);
    return transaction.execute(
        status ->
            rejections.findTop100ByOrderByIdDesc().stream().map(DecisionRejection::view).toList());
  }

  @Override
  public DecisionOutcome simulate(Actor actor, String decisionId, Map<String, Object> inputs) {
    requireStaff(actor);
    return decisions.evaluate(actor.tenantId(), decisionId, inputs);
  }

  private CompiledTable compileOrKeepRejected(Actor actor, String fileName, byte[] xml) {
    try {
      List<CompiledTable> tables = compiler.compile(fileName, xml);
      if (tables.size() != 1) {
        throw new DecisionTableCompilationException(
            fileName, "it holds " + tables.size() + " decision tables; upload one table per file");
      }
      return tables.get(0);
    } catch (DecisionTableCompilationException e) {
      transaction.executeWithoutResult(
          status ->
              rejections.save(
                  new DecisionRejection(
                      actor.tenantId(),
                      fileName,
                      xml,
                      e.getMessage(),
                      actor.username(),
                      clock.instant())));
      throw new InvalidInputException(
          e.getMessage(),
          e.problems().stream()
              .map(p -> new InvalidInputException.FieldProblem(place(p), p.message()))
              .toList());
    }
  }

  /** Where a problem is, as the field of a 400 answer: rule:column, an element, or the file. */
  private static String place(TableProblem problem) {
    if (problem.ruleId() != null) {
      return problem.ruleId() + ":" + problem.columnId();
    }
    return problem.elementId() != null ? problem.elementId() : "dmn";
  }

  private void activateAfterCommit(String tenantId, CompiledTable table) {
    activateAfterCommit(tenantId, table, table.decisionId());
  }

  /** A null table means: back to the shipped one. */
  private void activateAfterCommit(String tenantId, CompiledTable table, String decisionId) {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            if (table == null) {
              registry.deactivate(tenantId, decisionId);
            } else {
              registry.activate(tenantId, table);
            }
          }
        });
  }

  private static DeployedVersion view(DecisionVersion v) {
    return new DeployedVersion(
        v.decisionId(), v.versionNumber(), v.label(), v.createdBy(), v.createdAt(), v.active());
  }

  private static void requireDesigner(Actor actor) {
    if (!actor.has(Role.ADMIN) && !actor.has(Role.PROCESS_DESIGNER)) {
      throw new ForbiddenException("Only admins and process designers may deploy decision tables.");
    }
  }

  private static void requireStaff(Actor actor) {
    if (!actor.isStaff()) {
      throw new ForbiddenException("Customers cannot see decision tables.");
    }
  }
}
