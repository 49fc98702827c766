package io.atumdesk.ticket;

import java.util.Map;

/**
 * What merging a duplicate into a surviving ticket did on the ticket side.
 *
 * @param repeated the duplicate had already been merged into the survivor: nothing was done again
 * @param copiedEntries the duplicate's replies and notes (by id) and their copies on the survivor
 * @param staffOnly the two requesters differ, so whatever was carried over is for staff only
 */
public record TicketMerge(
    Long duplicateId,
    TicketKey duplicate,
    String duplicateProcessInstanceId,
    Long survivorId,
    TicketKey survivor,
    boolean repeated,
    Map<Long, Long> copiedEntries,
    boolean staffOnly) {}
