package io.atumdesk.knowledge;

/** Who may read an article: agents only, or customers in the portal too. */
public enum Audience {
  INTERNAL,
  PUBLIC
}
