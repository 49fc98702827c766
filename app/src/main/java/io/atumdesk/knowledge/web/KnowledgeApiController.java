package io.atumdesk.knowledge.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.knowledge.ArticleDiff;
import io.atumdesk.knowledge.ArticleStatus;
import io.atumdesk.knowledge.ArticleVersionView;
import io.atumdesk.knowledge.ArticleView;
import io.atumdesk.knowledge.KnowledgeBase;
import io.atumdesk.knowledge.KnowledgeFeedback;
import io.atumdesk.knowledge.KnowledgeSearch;
import io.atumdesk.knowledge.SearchRequest;
import io.atumdesk.knowledge.SearchResult;
import io.atumdesk.knowledge.SelfService;
import io.atumdesk.knowledge.TicketDrafts;
import io.atumdesk.ticket.TicketKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The knowledge base over the API: search for everyone signed in, writing and review for staff. */
@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Knowledge")
class KnowledgeApiController {

  private final KnowledgeBase knowledge;
  private final KnowledgeSearch search;
  private final KnowledgeFeedback feedback;
  private final TicketDrafts drafts;

  KnowledgeApiController(
      KnowledgeBase knowledge,
      KnowledgeSearch search,
      KnowledgeFeedback feedback,
      TicketDrafts drafts) {
    this.knowledge = knowledge;
    this.search = search;
    this.feedback = feedback;
    this.drafts = drafts;
  }

  @GetMapping("/search")
  @Operation(
      summary =
          "Published articles matching ?q= (Lucene syntax; invalid syntax searches the plain words),"
              + " lexical and semantic fused by RRF, with snippets and facets; customers see public ones")
  SearchResult search(
      Actor actor,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String audience,
      @RequestParam(defaultValue = "10") int limit) {
    return search.search(
        actor,
        new SearchRequest(q, category, tag, language, ArticleForm.audience(audience), limit));
  }

  @GetMapping("/articles")
  @Operation(
      summary = "Articles in the given ?status= (all when none), newest change first (staff)")
  List<ArticleView> list(
      Actor actor,
      @RequestParam(required = false) List<String> status,
      @RequestParam(defaultValue = "100") int limit) {
    return knowledge.list(actor, statuses(status), limit);
  }

  @PostMapping("/articles")
  @Operation(summary = "Write a draft (agents); 400 names each field to correct")
  ResponseEntity<ArticleView> create(Actor actor, @RequestBody ArticleForm form) {
    ArticleView created = knowledge.create(actor, form.content(), null);
    return ResponseEntity.created(URI.create("/api/v1/knowledge/articles/" + created.id()))
        .body(created);
  }

  @PostMapping("/articles/from-ticket/{key}")
  @Operation(
      summary = "Draft an internal article from a resolved ticket (agents); 409 if unresolved")
  ResponseEntity<ArticleView> fromTicket(Actor actor, @PathVariable String key) {
    ArticleView created = drafts.draftFrom(actor, new TicketKey(key));
    return ResponseEntity.created(URI.create("/api/v1/knowledge/articles/" + created.id()))
        .body(created);
  }

  @GetMapping("/articles/{id}")
  @Operation(summary = "One article; customers only published public ones (404 otherwise)")
  ArticleView get(Actor actor, @PathVariable long id) {
    return knowledge.get(actor, id);
  }

  @PutMapping("/articles/{id}")
  @Operation(
      summary =
          "Save a new version (agents); a published article's is a pending revision reviewed like"
              + " a draft (409 while another editor's revision is pending); a retired article"
              + " answers 409")
  ArticleView update(Actor actor, @PathVariable long id, @RequestBody ArticleForm form) {
    return knowledge.update(actor, id, form.content());
  }

  @DeleteMapping("/articles/{id}/revision")
  @Operation(
      summary =
          "Discard the pending revision of a published article (its editor or a knowledge"
              + " manager); the published text stays")
  ArticleView discardRevision(Actor actor, @PathVariable long id) {
    return knowledge.discardRevision(actor, id);
  }

  @GetMapping("/articles/{id}/versions")
  @Operation(summary = "Every saved version, newest first (staff)")
  List<ArticleVersionView> versions(Actor actor, @PathVariable long id) {
    return knowledge.versions(actor, id);
  }

  @GetMapping("/articles/{id}/diff")
  @Operation(summary = "What changed from version ?from= to version ?to= (staff)")
  ArticleDiff diff(
      Actor actor, @PathVariable long id, @RequestParam int from, @RequestParam int to) {
    return knowledge.diff(actor, id, from, to);
  }

  @PostMapping("/articles/{id}/submit")
  @Operation(summary = "Hand a draft to the knowledge managers for review (agents)")
  ArticleView submit(Actor actor, @PathVariable long id) {
    return knowledge.submit(actor, id);
  }

  @PostMapping("/articles/{id}/approve")
  @Operation(
      summary =
          "Publish an article in review, or its pending revision (knowledge managers, not its last"
              + " editor)")
  ArticleView approve(
      Actor actor, @PathVariable long id, @RequestBody(required = false) ReviewForm form) {
    return knowledge.decide(actor, id, true, form == null ? null : form.comment());
  }

  @PostMapping("/articles/{id}/reject")
  @Operation(
      summary = "Send an article in review back to its author with a comment (knowledge managers)")
  ArticleView reject(
      Actor actor, @PathVariable long id, @RequestBody(required = false) ReviewForm form) {
    return knowledge.decide(actor, id, false, form == null ? null : form.comment());
  }

  @PostMapping("/articles/{id}/retire")
  @Operation(summary = "Retire a published article (knowledge managers)")
  ArticleView retire(Actor actor, @PathVariable long id) {
    return knowledge.retire(actor, id);
  }

  @PostMapping("/articles/{id}/feedback")
  @Operation(summary = "Was this helpful? One vote a reader; voting again replaces it")
  ResponseEntity<Void> feedback(
      Actor actor, @PathVariable long id, @RequestBody FeedbackForm form) {
    if (form == null || form.helpful() == null) {
      throw new InvalidInputException("helpful", "must be true or false");
    }
    feedback.vote(actor, id, form.helpful(), form.comment());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/review-queue")
  @Operation(summary = "Articles waiting for a review, oldest first (knowledge managers)")
  List<ArticleView> reviewQueue(Actor actor) {
    return knowledge.reviewQueue(actor);
  }

  @GetMapping("/self-service")
  @Operation(summary = "Self-service rate and article counts over the last ?days= (staff)")
  SelfService selfService(Actor actor, @RequestParam(defaultValue = "30") int days) {
    if (days < 1 || days > 366) {
      throw new InvalidInputException("days", "must be between 1 and 366");
    }
    return feedback.selfService(actor, Duration.ofDays(days));
  }

  static Set<ArticleStatus> statuses(List<String> values) {
    Set<ArticleStatus> statuses = EnumSet.noneOf(ArticleStatus.class);
    for (String value : values == null ? List.<String>of() : values) {
      try {
        statuses.add(ArticleStatus.valueOf(value.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("status", "must be DRAFT, IN_REVIEW, PUBLISHED or RETIRED");
      }
    }
    return statuses;
  }
}
