package io.atumdesk.change;

/**
 * How a change is approved: a standard change is pre-approved (a catalog template such as a
 * password reset), a normal one is assessed and approved by risk, an emergency one by the ECAB.
 */
public enum ChangeType {
  STANDARD,
  NORMAL,
  EMERGENCY
}
