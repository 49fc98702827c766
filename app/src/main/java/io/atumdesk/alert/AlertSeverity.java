package io.atumdesk.alert;

import io.atumdesk.ticket.Level;
import java.util.Locale;

/** The senders' severity words mapped to the impact and urgency the priority table reads. */
enum AlertSeverity {
  CRITICAL(Level.HIGH, Level.HIGH),
  ERROR(Level.HIGH, Level.MEDIUM),
  WARNING(Level.MEDIUM, Level.MEDIUM),
  INFO(Level.LOW, Level.LOW);

  final Level impact;
  final Level urgency;

  AlertSeverity(Level impact, Level urgency) {
    this.impact = impact;
    this.urgency = urgency;
  }

  /** Unknown or missing words count as a warning: worth a look, not an emergency. */
  static AlertSeverity of(String word) {
    return switch (word == null ? "" : word.strip().toLowerCase(Locale.ROOT)) {
      case "critical", "crit", "emergency", "page", "p1", "high" -> CRITICAL;
      case "error", "major", "p2" -> ERROR;
      case "info", "informational", "low", "minor", "none", "p4", "p5" -> INFO;
      default -> WARNING;
    };
  }
}
