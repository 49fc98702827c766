package io.atumdesk.assist.triage;

import io.atumdesk.assist.LanguageDetection;
import io.atumdesk.assist.TextEmbeddings;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.Role;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Suggests a new ticket's category, priority and assignment group from its text, each with a
 * confidence, using the tenant's model learnt from its own tickets. Any text is an answer: empty,
 * huge, garbage or unknown-script text gets a low (or no) confidence, never an error.
 */
@Service
public class Triage {

  /** More than the embedding model reads; the rest of a huge text would only slow us down. */
  static final int MAX_CHARS = 4000;

  /** Fewer letters than this is not a text to learn anything from ("??", "1234", ""). */
  static final int MIN_LETTERS = 3;

  private final TextEmbeddings embeddings;
  private final LanguageDetection languages;
  private final TriageModels models;

  Triage(TextEmbeddings embeddings, LanguageDetection languages, TriageModels models) {
    this.embeddings = embeddings;
    this.languages = languages;
    this.models = models;
  }

  /** For agents and admins: what triage would suggest for a ticket with this text. */
  public TriageResult suggest(Actor actor, String subject, String description) {
    if (!actor.has(Role.AGENT) && !actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only agents and admins may ask triage for suggestions.");
    }
    return suggest(actor.tenantId(), subject, description);
  }

  /** For admins: learn the tenant's model again now, from its tickets and corrections. */
  public Retrained retrain(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins may retrain triage.");
    }
    TriageModel model = models.retrain(actor.tenantId(), actor.username());
    return new Retrained(model.examples(), model.trainedAt());
  }

  /** A retraining's outcome: how many tickets the model learnt from, and when. */
  public record Retrained(int examples, Instant trainedAt) {}

  TriageResult suggest(String tenantId, String subject, String description) {
    String text = TriageText.of(subject, description);
    if (text.length() > MAX_CHARS) {
      text = text.substring(0, MAX_CHARS);
    }
    String language = languages.detect(text).code();
    if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      return TriageResult.of(Map.of(), language);
    }
    Optional<TriageModel> model = models.current(tenantId);
    if (model.isEmpty()) {
      return TriageResult.of(Map.of(), language);
    }
    String read = text;
    return embeddings
        .embed(text)
        .map(vector -> TriageResult.of(model.get().suggest(vector, read), language))
        .orElseGet(() -> TriageResult.of(Map.of(), language));
  }
}
