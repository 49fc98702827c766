package io.atumdesk.sla;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of SLA clocks.
 *
 * @param warningShare the share of a target after which a warning fires (0.75 is 75 %)
 * @param escalationShares further checkpoints after the breach at which escalation is evaluated
 *     again, as shares of the target (1.5 is 150 %)
 * @param checkInterval how often the clustered job looks for checkpoints that fell due
 * @param defaultFirstResponse the first response target when the SLA policy gives none usable
 * @param defaultResolution the resolution target when the SLA policy gives none usable
 * @param defaultCalendar the calendar when the SLA policy names none the tenant has
 */
@ConfigurationProperties(prefix = "atum.sla")
public record SlaProperties(
    @DefaultValue("0.75") double warningShare,
    @DefaultValue({"1.5", "2.0"}) List<Double> escalationShares,
    @DefaultValue("PT10S") java.time.Duration checkInterval,
    @DefaultValue("PT8H") java.time.Duration defaultFirstResponse,
    @DefaultValue("PT40H") java.time.Duration defaultResolution,
    @DefaultValue("business-hours") String defaultCalendar) {

  public SlaProperties {
    if (warningShare <= 0 || warningShare >= 1) {
      throw new IllegalArgumentException("atum.sla.warning-share must lie between 0 and 1");
    }
    escalationShares = List.copyOf(escalationShares);
  }

  /** Every checkpoint in order: the warning, the breach (1.0), then the escalations. */
  List<Double> checkpoints() {
    var all = new java.util.ArrayList<Double>();
    all.add(warningShare);
    all.add(1.0);
    escalationShares.stream().filter(share -> share > 1.0).sorted().forEach(all::add);
    return List.copyOf(all);
  }
}
