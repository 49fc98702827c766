package io.atumdesk.cmdb;

/**
 * What an item has to do with a ticket: affected by an incident, the cause of a problem, changed.
 */
public enum LinkRole {
  AFFECTED,
  CAUSED_BY,
  CHANGED
}
