package io.atumdesk.change;

import java.util.List;

/**
 * Fields of a change to set; a null leaves the field as it is. {@code version} is the change's
 * version the caller read, so that one edit does not silently undo another.
 */
public record ChangeFields(
    String plan,
    String rollbackPlan,
    String testEvidence,
    List<String> affectedCis,
    Long version) {}
