package io.atumdesk.core;

/** What a person may do. Spring Security sees each as authority {@code ROLE_<name>}. */
public enum Role {
  ADMIN,
  PROCESS_DESIGNER,
  AGENT,
  CAB_MEMBER,
  CUSTOMER;

  public String authority() {
    return "ROLE_" + name();
  }
}
