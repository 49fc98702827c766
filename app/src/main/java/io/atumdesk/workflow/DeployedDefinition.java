package io.atumdesk.workflow;

import java.time.Instant;

/**
 * One deployed version of a process a tenant runs: a shipped one (no tenant) or the tenant's own,
 * and how many of the tenant's process instances run on it now.
 */
public record DeployedDefinition(
    String definitionId,
    String processKey,
    String name,
    int engineVersion,
    boolean shipped,
    Instant deployedAt,
    long runningInstances) {}
