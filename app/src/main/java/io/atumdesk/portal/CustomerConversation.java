package io.atumdesk.portal;

import io.atumdesk.attachment.AttachmentView;
import io.atumdesk.attachment.Attachments;
import io.atumdesk.core.Actor;
import io.atumdesk.portal.ConversationLine.Kind;
import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TimelineEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ticket's conversation as its requester reads it in the portal: replies, status changes, files
 * and ratings. Internal notes never reach it (the ticket module keeps them back); decisions, other
 * field changes and the process's own events are the service desk's business and are left out.
 */
@Service
public class CustomerConversation {

  private final TicketManagement tickets;
  private final Attachments attachments;
  private final JsonMapper json;

  CustomerConversation(TicketManagement tickets, Attachments attachments, JsonMapper json) {
    this.tickets = tickets;
    this.attachments = attachments;
    this.json = json;
  }

  /** Two queries whatever the length: the public timeline and the ticket's visible files. */
  public List<ConversationLine> of(Actor actor, TicketKey key) {
    Map<Long, AttachmentView> files =
        attachments.list(actor, key).stream()
            .collect(Collectors.toMap(AttachmentView::id, Function.identity()));
    return tickets.timeline(actor, key).stream()
        .filter(entry -> !entry.internal())
        .map(entry -> line(entry, files))
        .flatMap(Optional::stream)
        .toList();
  }

  private Optional<ConversationLine> line(TimelineEntry entry, Map<Long, AttachmentView> files) {
    return switch (entry.kind()) {
      case REPLY -> Optional.of(line(entry, Kind.REPLY, entry.body(), null, null, null));
      case FIELD_CHANGED ->
          TicketField.STATUS.apiName().equals(entry.field())
              ? Optional.of(line(entry, Kind.STATUS, null, entry.newValue(), null, null))
              : Optional.empty();
      case EVENT -> event(entry, files);
      case NOTE, DECISION -> Optional.empty();
    };
  }

  /** Of the events only files (still stored, still visible) and ratings are the requester's. */
  private Optional<ConversationLine> event(TimelineEntry entry, Map<Long, AttachmentView> files) {
    JsonNode details = entry.details() == null ? null : json.readTree(entry.details());
    if (details == null) {
      return Optional.empty();
    }
    if (details.has("attachmentId")) {
      return Optional.ofNullable(files.get(details.get("attachmentId").asLong()))
          .map(file -> line(entry, Kind.ATTACHMENT, null, null, file, null));
    }
    if (details.has("score")) {
      String comment = details.path("comment").asString(null);
      return Optional.of(
          line(entry, Kind.RATING, comment, null, null, details.get("score").asInt()));
    }
    return Optional.empty();
  }

  private static ConversationLine line(
      TimelineEntry entry,
      Kind kind,
      String text,
      String status,
      AttachmentView file,
      Integer score) {
    return new ConversationLine(kind, entry.actor(), entry.occurredAt(), text, status, file, score);
  }
}
