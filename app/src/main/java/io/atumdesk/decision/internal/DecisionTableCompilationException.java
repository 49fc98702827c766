package io.atumdesk.decision.internal;

/** A DMN file could not be turned into a usable decision table; the message names the file. */
public class DecisionTableCompilationException extends IllegalStateException {

  DecisionTableCompilationException(String source, String problem) {
    super("Decision table file '" + source + "' does not compile: " + problem);
  }

  DecisionTableCompilationException(String source, String problem, Throwable cause) {
    super("Decision table file '" + source + "' does not compile: " + problem, cause);
  }
}
