package io.atumdesk.assist.similar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of similar tickets, duplicates and alert storms (cosine similarities of the tickets'
 * subject and description vectors, 0 to 1).
 *
 * @param duplicateThreshold an open older ticket this similar flags a new one as its likely
 *     duplicate
 * @param similarLimit how many open and how many resolved similar tickets are shown
 * @param similarFloor less similar tickets are not shown at all: they would be noise
 * @param storm when near-identical tickets are grouped under one parent incident
 */
@ConfigurationProperties(prefix = "atum.assist")
public record SimilarTicketsProperties(
    @DefaultValue("0.92") double duplicateThreshold,
    @DefaultValue("5") int similarLimit,
    @DefaultValue("0.5") double similarFloor,
    @DefaultValue Storm storm) {

  public SimilarTicketsProperties {
    if (duplicateThreshold <= 0 || duplicateThreshold > 1 || similarLimit < 1) {
      throw new IllegalArgumentException(
          "atum.assist.duplicate-threshold must be in (0, 1], similar-limit positive");
    }
  }

  /**
   * An alert storm: at least {@code count} open tickets from one origin (requester, and the alert
   * source for alerts) raised within {@code window}, each at least {@code similarity} alike.
   */
  public record Storm(
      @DefaultValue("5") int count,
      @DefaultValue("PT10M") Duration window,
      @DefaultValue("0.9") double similarity) {

    public Storm {
      if (count < 2 || window.isNegative() || window.isZero() || similarity <= 0) {
        throw new IllegalArgumentException(
            "atum.assist.storm: count at least 2, window and similarity positive");
      }
    }
  }
}
