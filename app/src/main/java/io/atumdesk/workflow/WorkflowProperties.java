package io.atumdesk.workflow;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings the shipped processes read.
 *
 * @param autoCloseAfter how long a resolved ticket waits for the requester's confirmation before it
 *     closes by itself (process variable {@code autoCloseAfter}, an ISO-8601 duration)
 * @param dryRunTtl how long a dry run nobody closed stays in the sandbox before it is removed
 */
@ConfigurationProperties(prefix = "atum.workflow")
public record WorkflowProperties(
    @DefaultValue("P3D") Duration autoCloseAfter, @DefaultValue("PT2H") Duration dryRunTtl) {}
