package io.atumdesk.decision.internal;

import io.atumdesk.decision.DecisionDeployments.TableProblem;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.dmn.feel.util.Either;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.internal.io.ResourceFactory;

/** Compiles one DMN file into its decision tables, each labelled with a content version. */
public final class DmnTableCompiler {

  private final RuleMatches matches = new RuleMatches();

  /**
   * @param source the file name, used in error messages and by kie for its own messages
   * @throws DecisionTableCompilationException when the file is unsafe, invalid or has no table
   */
  public List<CompiledTable> compile(String source, byte[] xml) {
    DmnXml.requireWellFormedWithoutDoctype(source, xml);
    DmnSafety.requireNoExternalFunctions(source, xml);
    DMNRuntime runtime = runtimeFor(source, xml);
    DMNModel model = runtime.getModels().get(0);
    // Cells first: kie's own message about a call it cannot resolve says less than ours.
    List<TableProblem> cells = FeelCells.problems(model);
    if (!cells.isEmpty()) {
      throw new DecisionTableCompilationException(
          source,
          cells.stream().map(TableProblem::message).collect(Collectors.joining("; ")),
          cells);
    }
    if (model.hasErrors()) {
      throw new DecisionTableCompilationException(
          source,
          describe(model.getMessages()),
          model.getMessages(DMNMessage.Severity.ERROR).stream()
              .map(m -> new TableProblem(m.getSourceId(), null, null, m.getMessage()))
              .toList());
    }
    // Added before the runtime is shared and never afterwards: kie keeps listeners in a plain set.
    runtime.addListener(matches);
    String version = version(xml);
    List<CompiledTable> tables =
        model.getDecisions().stream()
            .filter(node -> node.getDecision().getExpression() instanceof DecisionTable)
            .map(
                node ->
                    new CompiledTable(
                        TableShape.of(model, node), version, runtime, model, matches, xml))
            .toList();
    if (tables.isEmpty()) {
      throw new DecisionTableCompilationException(source, "it holds no decision table");
    }
    return tables;
  }

  private static DMNRuntime runtimeFor(String source, byte[] xml) {
    Resource resource = ResourceFactory.newByteArrayResource(xml).setSourcePath(source);
    Either<Exception, DMNRuntime> built;
    try {
      built =
          DMNRuntimeBuilder.fromDefaults()
              // Inputs are checked against their typeRef: "abc" for a number is an error, not a
              // miss.
              .setOption(new RuntimeTypeCheckOption(true))
              .buildConfiguration()
              .fromResources(List.of(resource));
    } catch (RuntimeException e) {
      throw new DecisionTableCompilationException(source, e.toString(), e);
    }
    return built.getOrElseThrow(
        e -> new DecisionTableCompilationException(source, e.toString(), e));
  }

  private static String describe(List<DMNMessage> messages) {
    return messages.stream()
        .map(m -> m.getSeverity() + " " + m.getMessage())
        .collect(Collectors.joining("; "));
  }

  /** The first 12 hex digits of the XML's SHA-256: the same file always gets the same label. */
  static String version(byte[] xml) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(xml);
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
