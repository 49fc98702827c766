package io.atumdesk.assist.similar;

import io.atumdesk.attachment.Attachments;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketMerge;
import io.atumdesk.ticket.TicketMerging;
import io.atumdesk.workflow.ProcessEnding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate into the ticket that goes on, in one transaction: the conversation and links
 * (ticket module), the files (attachment module), the end of the duplicate's process and so its
 * closing (workflow module), the requester's message (outbox, on the ticket module's event). A
 * retry after success changes nothing and answers the same.
 */
@Service
public class TicketMerges {

  private final TicketMerging merging;
  private final Attachments attachments;
  private final ProcessEnding processes;
  private final Duplicates duplicates;

  TicketMerges(
      TicketMerging merging,
      Attachments attachments,
      ProcessEnding processes,
      Duplicates duplicates) {
    this.merging = merging;
    this.attachments = attachments;
    this.processes = processes;
    this.duplicates = duplicates;
  }

  /** What a merge did, as the API answers it. */
  public record Merged(String ticket, String into, boolean repeated, int entries, int files) {}

  @Transactional
  public Merged merge(Actor actor, TicketKey key, TicketKey into) {
    TicketMerge merge = merging.merge(actor, key, into);
    if (merge.repeated()) {
      return new Merged(merge.duplicate().value(), merge.survivor().value(), true, 0, 0);
    }
    int files = attachments.carryOver(merge);
    processes.end(
        merge.duplicateId(),
        "merged into " + merge.survivor() + " as its duplicate",
        actor.username());
    duplicates.merged(merge.duplicateId(), actor.username());
    return new Merged(
        merge.duplicate().value(),
        merge.survivor().value(),
        false,
        merge.copiedEntries().size(),
        files);
  }
}
