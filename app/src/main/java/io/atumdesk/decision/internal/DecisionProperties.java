package io.atumdesk.decision.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the decisions module.
 *
 * @param tables where the shipped DMN tables are read from at start-up, a Spring resource pattern
 */
@ConfigurationProperties(prefix = "atum.decision")
public record DecisionProperties(@DefaultValue(ShippedTables.DEFAULT_LOCATION) String tables) {}
