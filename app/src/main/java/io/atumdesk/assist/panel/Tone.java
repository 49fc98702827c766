package io.atumdesk.assist.panel;

import java.util.Locale;
import java.util.Optional;

/** How a suggested reply sounds; each has a template per language in the message bundles. */
public enum Tone {
  FORMAL,
  FRIENDLY,
  EMPATHETIC;

  /** The tone named {@code name} in any case; empty for anything else. */
  static Optional<Tone> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (Tone tone : values()) {
      if (tone.name().equalsIgnoreCase(name.strip())) {
        return Optional.of(tone);
      }
    }
    return Optional.empty();
  }

  String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
