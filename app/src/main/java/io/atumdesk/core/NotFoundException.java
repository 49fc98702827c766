package io.atumdesk.core;

/**
 * The object does not exist for this caller: in another tenant or not visible to it is the same.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " was not found");
  }
}
