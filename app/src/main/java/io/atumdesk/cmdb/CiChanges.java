package io.atumdesk.cmdb;

import java.util.Map;

/**
 * Changes to an item; a field left out (null) stays as it is. Attributes merge: a value replaces
 * the one of that name, a null value removes it. An empty owner removes the owner.
 *
 * @param version the version the change was made on; a newer stored version is a conflict
 */
public record CiChanges(
    Long version,
    String name,
    String owner,
    Criticality criticality,
    Map<String, Object> attributes) {}
