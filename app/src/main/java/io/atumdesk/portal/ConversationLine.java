package io.atumdesk.portal;

import io.atumdesk.attachment.AttachmentView;
import java.time.Instant;

/**
 * One line of the conversation as its requester reads it.
 *
 * @param text a reply's words, or a rating's comment
 * @param status the status a ticket moved to, for {@link Kind#STATUS}
 * @param attachment the file, for {@link Kind#ATTACHMENT}
 * @param score one to five, for {@link Kind#RATING}
 */
public record ConversationLine(
    Kind kind,
    String actor,
    Instant at,
    String text,
    String status,
    AttachmentView attachment,
    Integer score) {

  /** What the requester may read: words, where the ticket stands, files, their own rating. */
  public enum Kind {
    REPLY,
    STATUS,
    ATTACHMENT,
    RATING
  }
}
