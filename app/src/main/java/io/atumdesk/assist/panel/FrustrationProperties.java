package io.atumdesk.assist.panel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a customer counts as frustrated.
 *
 * @param threshold the frustration score (0 to 100) from which the customer counts as frustrated:
 *     the timeline records it and the escalation table gets {@code customerFrustrated = true}
 * @param messages how many of the customer's latest messages are read
 */
@ConfigurationProperties(prefix = "atum.assist.frustration")
public record FrustrationProperties(
    @DefaultValue("50") int threshold, @DefaultValue("8") int messages) {}
