package io.atumdesk.change;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of change management.
 *
 * @param ecabTimeout how long the emergency CAB has to decide before the change manager is asked
 * @param similarChangesNeeded how many past implementations of the same category and type make a
 *     success rate the risk table may rely on; with fewer it gets none
 */
@ConfigurationProperties(prefix = "atum.change")
public record ChangeProperties(
    @DefaultValue("PT4H") Duration ecabTimeout, @DefaultValue("3") int similarChangesNeeded) {

  public ChangeProperties {
    if (ecabTimeout.isNegative() || ecabTimeout.isZero()) {
      throw new IllegalArgumentException("atum.change.ecab-timeout must be positive");
    }
  }
}
