package io.atumdesk.core;

import java.util.List;
import tools.jackson.core.JacksonException;

/** Renders a Jackson reference path as {@code items[2].name} for error messages. */
final class JsonPaths {

  private JsonPaths() {}

  static String of(List<JacksonException.Reference> path) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference reference : path) {
      if (reference.getPropertyName() != null) {
        if (!out.isEmpty()) {
          out.append('.');
        }
        out.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        out.append('[').append(reference.getIndex()).append(']');
      }
    }
    return out.toString();
  }
}
