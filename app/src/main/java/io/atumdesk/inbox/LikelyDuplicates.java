package io.atumdesk.inbox;

import java.util.Collection;
import java.util.Map;

/**
 * Which tickets of a page carry an undecided "likely duplicate" flag, for the marker on their inbox
 * row. The assist module answers it (it keeps the flags); without one, no row is marked.
 */
public interface LikelyDuplicates {

  /**
   * For each of {@code ticketIds} of the tenant with an open (not dismissed, linked or merged)
   * flag, the key of the ticket it likely duplicates; one statement for the whole page.
   */
  Map<Long, String> undecided(String tenantId, Collection<Long> ticketIds);
}
