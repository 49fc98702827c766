package io.atumdesk.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording's execution samples (JDK 17's {@code jfr} tool has no hot-methods view) and
 * prints where the app's CPU went: by the package of the top frame, by method on top, and the share
 * of samples that have given stages of a create somewhere on their stack.
 */
public final class HotMethods {

  /** Stages of a create, matched against "class.method" anywhere on a sampled stack. */
  private static final List<String> STAGES =
      List.of(
          "io.atumdesk.people.ApiTokenService.authenticate",
          "org.springframework.web.servlet.DispatcherServlet.doService",
          "io.atumdesk.ticket.TicketKeys.next",
          "io.atumdesk.ticket.TicketManagement.raise",
          "io.atumdesk.workflow.ProcessStarter.on",
          "org.flowable.engine.impl.runtime.ProcessInstanceBuilderImpl.start",
          "io.atumdesk.workflow.EvaluateDecisionAction.execute",
          "io.atumdesk.decision.internal.RegistryDecisions.evaluate",
          "io.atumdesk.workflow.ProcessProgress.onEvent",
          "org.flowable.common.engine.impl.db.DbSqlSession.flush",
          "org.hibernate.internal.SessionImpl.flush",
          "org.springframework.orm.jpa.JpaTransactionManager.doCommit",
          "org.postgresql.core.v3.QueryExecutorImpl.execute",
          "org.apache.ibatis.executor.BaseExecutor.query",
          "org.apache.ibatis.builder.SqlSourceBuilder.parse",
          "tools.jackson.databind.ObjectMapper.writeValueAsString",
          "org.apache.catalina.connector.CoyoteAdapter.service",
          "org.springframework.security.web.FilterChainProxy.doFilter");

  private HotMethods() {}

  public static void main(String[] args) throws Exception {
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    Map<String, Integer> selfMethods = new HashMap<>();
    Map<String, Integer> selfPackages = new HashMap<>();
    Map<String, Integer> stages = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      String topMethod = name(stack.getFrames().get(0));
      selfMethods.merge(topMethod, 1, Integer::sum);
      selfPackages.merge(packageOf(topMethod), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : stack.getFrames()) {
        String method = name(frame);
        if (STAGES.contains(method) && seen.add(method)) {
          stages.merge(method, 1, Integer::sum);
        }
      }
    }
    System.out.printf("%d execution samples%n", samples);
    print("on-CPU by package of the top frame", selfPackages, samples, top);
    print("on-CPU by top method (self time)", selfMethods, samples, top);
    print("stages anywhere on the stack (inclusive)", stages, samples, STAGES.size());
  }

  private static void print(String title, Map<String, Integer> counts, int samples, int top) {
    System.out.printf("%n%s%n", title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(
            e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static String packageOf(String method) {
    String[] parts = method.split("\\.");
    int depth = Math.min(3, parts.length - 2);
    return String.join(".", java.util.Arrays.copyOf(parts, Math.max(depth, 1)));
  }
}
