package io.atumdesk.knowledge.web;

import io.atumdesk.core.Actor;
import io.atumdesk.knowledge.KnowledgeBase;
import io.atumdesk.knowledge.KnowledgeFeedback;
import io.atumdesk.knowledge.KnowledgeSearch;
import io.atumdesk.knowledge.SearchRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customers' help articles: search, an article with "was this helpful", and the suggestions
 * shown while a new ticket's subject is typed. Opening a suggested article is recorded, so that not
 * raising the ticket afterwards counts as deflected.
 */
@Controller
@RequestMapping("/portal/knowledge")
class PortalKnowledgePage {

  static final int SUGGESTIONS = 3;
  static final int MIN_SUBJECT = 4;

  private final KnowledgeBase knowledge;
  private final KnowledgeSearch search;
  private final KnowledgeFeedback feedback;

  PortalKnowledgePage(KnowledgeBase knowledge, KnowledgeSearch search, KnowledgeFeedback feedback) {
    this.knowledge = knowledge;
    this.search = search;
    this.feedback = feedback;
  }

  @GetMapping
  String home(Actor actor, @RequestParam(defaultValue = "") String q, Model model) {
    results(actor, q, model);
    return "portal-knowledge";
  }

  @GetMapping("/results")
  String results(Actor actor, @RequestParam(defaultValue = "") String q, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("result", search.search(actor, SearchRequest.of(q, 20)));
    return "portal-knowledge :: results";
  }

  @GetMapping("/suggest")
  String suggest(Actor actor, @RequestParam(defaultValue = "") String subject, Model model) {
    model.addAttribute(
        "suggestions",
        subject.strip().length() < MIN_SUBJECT
            ? List.of()
            : search.suggestions(actor, subject, SUGGESTIONS));
    return "portal-knowledge :: suggestions";
  }

  @GetMapping("/{id}")
  String article(
      Actor actor,
      @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean suggested,
      @RequestParam(defaultValue = "false") boolean voted,
      Model model) {
    model.addAttribute("article", knowledge.get(actor, id));
    model.addAttribute("voted", voted);
    if (suggested) {
      feedback.suggestedArticleRead(actor, id);
    }
    return "portal-article";
  }

  @PostMapping("/{id}/feedback")
  String vote(Actor actor, @PathVariable long id, @RequestParam boolean helpful) {
    feedback.vote(actor, id, helpful, null);
    return "redirect:/portal/knowledge/" + id + "?voted=true";
  }
}
