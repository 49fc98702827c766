package io.atumdesk.catalog;

/** Where one ordered item stands. */
public enum ItemStatus {
  ORDERED,
  IN_FULFILMENT,
  FULFILLED,
  CANCELLED
}
