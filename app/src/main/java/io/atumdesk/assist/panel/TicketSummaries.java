package io.atumdesk.assist.panel;

import io.atumdesk.assist.AssistProperties;
import io.atumdesk.assist.LanguageDetection;
import io.atumdesk.assist.TextEmbeddings;
import io.atumdesk.assist.panel.TicketSummary.Facts;
import io.atumdesk.assist.panel.TicketSummary.Sentence;
import io.atumdesk.assist.panel.TicketSummary.WaitingOn;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TimelineEntry;
import java.text.BreakIterator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * A ticket's summary for agents: always the conversation's most central sentences (subject,
 * description, replies and internal notes, since only staff see it), and when a local model is
 * configured its short summary in the agent's language, falling back to the sentences on failure.
 * Agents and admins only; another tenant's ticket does not exist.
 */
@Service
public class TicketSummaries {

  // The work is capped, since the sentences are embedded on the request: the latest messages
  // only, each cut, and no more sentences than the model embeds in well under a second.
  static final int MAX_MESSAGES = 40;
  static final int MAX_SENTENCES = 200;
  static final int MAX_MESSAGE_CHARS = 5_000;

  private final TicketManagement tickets;
  private final LanguageDetection languages;
  private final TextEmbeddings embeddings;
  private final SummaryDrafting drafting;
  private final AssistProperties properties;
  private final Clock clock;

  TicketSummaries(
      TicketManagement tickets,
      LanguageDetection languages,
      TextEmbeddings embeddings,
      SummaryDrafting drafting,
      AssistProperties properties,
      Clock clock) {
    this.tickets = tickets;
    this.languages = languages;
    this.embeddings = embeddings;
    this.drafting = drafting;
    this.properties = properties;
    this.clock = clock;
  }

  public TicketSummary summary(Actor actor, TicketKey key) {
    AgentAssist.requireStaff(actor);
    Ticket ticket = tickets.get(actor, key);
    List<TimelineEntry> timeline = tickets.timeline(actor, key);
    List<Message> messages = messages(ticket, timeline);
    List<Sentence> sentences = central(split(messages));
    Facts facts = facts(ticket, timeline);
    String extractive = sentences.stream().map(Sentence::text).collect(Collectors.joining(" "));
    if (!drafting.available()) {
      return new TicketSummary(TicketSummary.EXTRACTIVE, sentences, extractive, facts, null);
    }
    SummaryDrafting.Answer answer =
        drafting.summarize(conversation(messages), LocaleContextHolder.getLocale());
    return answer.text() == null
        ? new TicketSummary(
            TicketSummary.EXTRACTIVE, sentences, extractive, facts, answer.fallback())
        : new TicketSummary(TicketSummary.LOCAL_MODEL, sentences, answer.text(), facts, null);
  }

  /** The description first, then the latest replies and notes, each cut. */
  private static List<Message> messages(Ticket ticket, List<TimelineEntry> timeline) {
    List<Message> written = new ArrayList<>();
    for (TimelineEntry entry : timeline) {
      boolean said =
          entry.kind() == TimelineEntry.Kind.REPLY || entry.kind() == TimelineEntry.Kind.NOTE;
      if (said && entry.body() != null && !entry.body().isBlank()) {
        written.add(new Message(entry.actor(), entry.occurredAt(), cut(entry.body())));
      }
    }
    List<Message> messages = new ArrayList<>();
    String opening =
        ticket.description() == null
            ? ticket.subject()
            : ticket.subject() + "\n" + ticket.description();
    messages.add(new Message(ticket.requester(), ticket.createdAt(), cut(opening)));
    messages.addAll(
        written.subList(Math.max(0, written.size() - (MAX_MESSAGES - 1)), written.size()));
    return messages;
  }

  /** Sentences by line and by the detected language's rules, the latest when there are many. */
  private List<Sentence> split(List<Message> messages) {
    String sample = messages.stream().map(Message::text).collect(Collectors.joining("\n"));
    String code = languages.detect(sample).code();
    Locale locale = "und".equals(code) ? Locale.ROOT : Locale.forLanguageTag(code);
    List<Sentence> sentences = new ArrayList<>();
    for (Message message : messages) {
      for (String line : message.text().split("\\R+")) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
        breaks.setText(line);
        for (int start = breaks.first(), end = breaks.next();
            end != BreakIterator.DONE;
            start = end, end = breaks.next()) {
          String sentence = line.substring(start, end).strip();
          if (saysSomething(sentence)) {
            sentences.add(new Sentence(sentence, message.author(), message.at()));
          }
        }
      }
    }
    return sentences.subList(Math.max(0, sentences.size() - MAX_SENTENCES), sentences.size());
  }

  /** One word alone ("Thanks", "Hi Chris,", a forged marker) says nothing a summary needs. */
  private static boolean saysSomething(String sentence) {
    return sentence.codePoints().filter(Character::isLetter).count() >= 2
        && sentence.split("\\s+").length >= 2;
  }

  private List<Sentence> central(List<Sentence> sentences) {
    int count = properties.summarySentences();
    if (sentences.size() <= count) {
      return sentences;
    }
    List<Optional<float[]>> embedded =
        embeddings.embedAll(sentences.stream().map(Sentence::text).toList());
    List<Sentence> usable = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (embedded.get(i).isPresent()) {
        usable.add(sentences.get(i));
        vectors.add(embedded.get(i).get());
      }
    }
    return SentencePicking.central(vectors, count).stream().map(usable::get).toList();
  }

  private Facts facts(Ticket ticket, List<TimelineEntry> timeline) {
    int fromCustomer = 1;
    String lastPublic = null;
    for (TimelineEntry entry : timeline) {
      if (entry.kind() == TimelineEntry.Kind.REPLY && !entry.internal()) {
        lastPublic = entry.actor();
        fromCustomer += ticket.requester().equals(entry.actor()) ? 1 : 0;
      }
    }
    long age = Duration.between(ticket.createdAt(), Instant.now(clock)).toHours();
    return new Facts(
        ticket.status(),
        ticket.createdAt(),
        Math.max(0, age),
        fromCustomer,
        ticket.reopenCount(),
        waitingOn(ticket, lastPublic));
  }

  /** Pending and resolved tickets wait on the customer; open ones on whoever did not write last. */
  private static WaitingOn waitingOn(Ticket ticket, String lastPublic) {
    if (ticket.status() == TicketStatus.CLOSED) {
      return WaitingOn.NOBODY;
    }
    if (ticket.status() == TicketStatus.PENDING || ticket.status() == TicketStatus.RESOLVED) {
      return WaitingOn.CUSTOMER;
    }
    return lastPublic == null || ticket.requester().equals(lastPublic)
        ? WaitingOn.SERVICE_DESK
        : WaitingOn.CUSTOMER;
  }

  /** Who wrote what, for the model's prompt. */
  private static String conversation(List<Message> messages) {
    return messages.stream()
        .map(m -> m.author() + " (" + m.at() + "):\n" + m.text())
        .collect(Collectors.joining("\n\n"));
  }

  private static String cut(String text) {
    return text.length() > MAX_MESSAGE_CHARS ? text.substring(0, MAX_MESSAGE_CHARS) : text;
  }

  private record Message(String author, Instant at, String text) {}
}
