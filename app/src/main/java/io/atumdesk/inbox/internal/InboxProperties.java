package io.atumdesk.inbox.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the agent inbox.
 *
 * @param atRiskHorizon a running clock due within this time puts its ticket in "SLA at risk"
 * @param countCap view counts stop here and show as "999+", so a badge costs the same at any size
 * @param bulkLimit the most ticket keys one bulk action takes
 */
@ConfigurationProperties(prefix = "atum.inbox")
public record InboxProperties(
    @DefaultValue("PT2H") Duration atRiskHorizon,
    @DefaultValue("999") int countCap,
    @DefaultValue("100") int bulkLimit) {

  public InboxProperties {
    if (atRiskHorizon.isNegative() || countCap < 1 || bulkLimit < 1) {
      throw new IllegalArgumentException(
          "atum.inbox.at-risk-horizon must not be negative, count-cap and bulk-limit positive");
    }
  }
}
