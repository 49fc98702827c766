package io.atumdesk.cmdb;

/** How much the business suffers when a service fails, lowest first. */
public enum Criticality {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
