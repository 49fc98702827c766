package io.atumdesk.catalog;

/** Where an order stands as a whole; its items each have their own {@link ItemStatus}. */
public enum OrderStatus {
  SUBMITTED,
  AWAITING_APPROVAL,
  IN_FULFILMENT,
  FULFILLED,
  REJECTED
}
