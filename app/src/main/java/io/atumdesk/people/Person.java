package io.atumdesk.people;

/** Someone of a tenant as other modules show them: a username and the name people know. */
public record Person(String username, String displayName) {

  /** The first word of the display name, for a friendly greeting. */
  public String firstName() {
    String name = displayName.strip();
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }
}
