package io.atumdesk.decision.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the decisions module.
 *
 * @param tables where the shipped DMN tables are read from at start-up, a Spring resource pattern
 * @param refreshInterval how often each node looks for table versions deployed on another node
 */
@ConfigurationProperties(prefix = "atum.decision")
public record DecisionProperties(
    @DefaultValue(ShippedTables.DEFAULT_LOCATION) String tables,
    @DefaultValue("PT5S") java.time.Duration refreshInterval) {}
