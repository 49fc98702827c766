package io.atumdesk.cmdb;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where an item is in its life. Only the listed moves are allowed: a disposed item is gone for
 * good, a retired one can only be disposed of.
 */
public enum CiState {
  PLANNED,
  ORDERED,
  IN_STOCK,
  IN_SERVICE,
  UNDER_MAINTENANCE,
  RETIRED,
  DISPOSED;

  /** The states this one may move to. */
  public Set<CiState> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(ORDERED, IN_STOCK, IN_SERVICE, RETIRED);
      case ORDERED -> EnumSet.of(IN_STOCK, IN_SERVICE, RETIRED);
      case IN_STOCK -> EnumSet.of(IN_SERVICE, RETIRED, DISPOSED);
      case IN_SERVICE -> EnumSet.of(UNDER_MAINTENANCE, IN_STOCK, RETIRED);
      case UNDER_MAINTENANCE -> EnumSet.of(IN_SERVICE, RETIRED);
      case RETIRED -> EnumSet.of(DISPOSED);
      case DISPOSED -> EnumSet.noneOf(CiState.class);
    };
  }

  public boolean mayMoveTo(CiState target) {
    return next().contains(target);
  }

  /** Lower case with spaces, as people write it: {@code in service}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
