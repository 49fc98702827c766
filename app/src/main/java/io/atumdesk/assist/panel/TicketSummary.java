package io.atumdesk.assist.panel;

import io.atumdesk.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;

/**
 * A ticket's summary for agents.
 *
 * @param method {@code extractive} (the conversation's central sentences) or {@code local-model}
 * @param sentences the central sentences in their original order, with who wrote each and when;
 *     also given when the local model wrote the text, as its sources
 * @param text the summary as one text: the model's answer, or the sentences joined
 * @param facts what the ticket's fields and timeline say
 * @param fallbackReason why the local model's summary is not shown although one is configured; null
 *     when it is shown or none is configured
 */
public record TicketSummary(
    String method,
    List<Sentence> sentences,
    String text,
    Facts facts,
    ReplyDraft.Fallback fallbackReason) {

  public static final String EXTRACTIVE = "extractive";
  public static final String LOCAL_MODEL = "local-model";

  /** One sentence of the conversation. */
  public record Sentence(String text, String author, Instant at) {}

  /**
   * @param ageHours hours since the ticket was raised
   * @param customerMessages the requester's messages, the description counting as the first
   * @param waitingOn who is to act next
   */
  public record Facts(
      TicketStatus status,
      Instant createdAt,
      long ageHours,
      int customerMessages,
      int reopenCount,
      WaitingOn waitingOn) {}

  /** Who the ticket waits on. */
  public enum WaitingOn {
    SERVICE_DESK,
    CUSTOMER,
    NOBODY
  }
}
