package io.atumdesk.cmdb;

/**
 * A relation as one of its items sees it.
 *
 * @param outgoing true when the item is the source ({@code this depends on other}), false when it
 *     is the target ({@code other depends on this})
 */
public record RelationView(Long id, RelationKind kind, boolean outgoing, CiRef other) {}
