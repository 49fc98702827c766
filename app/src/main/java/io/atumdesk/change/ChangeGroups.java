package io.atumdesk.change;

/** The groups change management relies on; the demo tenant has all three. */
public final class ChangeGroups {

  public static final String CHANGE_MANAGERS = "change-managers";
  public static final String CAB = "cab";
  public static final String ECAB = "ecab";

  private ChangeGroups() {}
}
