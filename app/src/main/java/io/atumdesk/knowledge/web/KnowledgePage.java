package io.atumdesk.knowledge.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.knowledge.ArticleContent;
import io.atumdesk.knowledge.ArticleStatus;
import io.atumdesk.knowledge.ArticleView;
import io.atumdesk.knowledge.Audience;
import io.atumdesk.knowledge.KnowledgeBase;
import io.atumdesk.knowledge.KnowledgeFeedback;
import io.atumdesk.knowledge.KnowledgeSearch;
import io.atumdesk.knowledge.SearchRequest;
import io.atumdesk.knowledge.TicketDrafts;
import io.atumdesk.ticket.TicketKey;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agents' knowledge pages: search with facets, the self-service dashboard and the review queue;
 * an article with its actions, versions and a diff; the editor.
 */
@Controller
@RequestMapping("/knowledge")
class KnowledgePage {

  private final KnowledgeBase knowledge;
  private final KnowledgeSearch search;
  private final KnowledgeFeedback feedback;
  private final TicketDrafts drafts;

  KnowledgePage(
      KnowledgeBase knowledge,
      KnowledgeSearch search,
      KnowledgeFeedback feedback,
      TicketDrafts drafts) {
    this.knowledge = knowledge;
    this.search = search;
    this.feedback = feedback;
    this.drafts = drafts;
  }

  @GetMapping
  String home(Actor actor, SearchForm form, Model model) {
    results(actor, form, model);
    model.addAttribute("selfService", feedback.selfService(actor, Duration.ofDays(30)));
    model.addAttribute("drafts", knowledge.list(actor, Set.of(ArticleStatus.DRAFT), 20));
    model.addAttribute("returnedRevisions", knowledge.returnedRevisions(actor, 20));
    model.addAttribute("manager", knowledge.mayReview(actor));
    model.addAttribute(
        "reviewQueue", knowledge.mayReview(actor) ? knowledge.reviewQueue(actor) : List.of());
    return "knowledge";
  }

  @GetMapping("/results")
  String results(Actor actor, SearchForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("result", search.search(actor, form.request(20)));
    return "knowledge :: results";
  }

  @GetMapping("/new")
  String create(Model model) {
    model.addAttribute("form", new ArticleForm("", "", "", List.of(), "", "en", "INTERNAL"));
    return editor(model, null, null);
  }

  @PostMapping
  String create(Actor actor, ArticleForm form, Model model) {
    try {
      return "redirect:/knowledge/" + knowledge.create(actor, form.content(), null).id();
    } catch (InvalidInputException e) {
      model.addAttribute("form", form);
      return editor(model, null, e);
    }
  }

  @PostMapping("/from-ticket/{key}")
  String fromTicket(Actor actor, @PathVariable String key) {
    return "redirect:/knowledge/" + drafts.draftFrom(actor, new TicketKey(key)).id() + "/edit";
  }

  @GetMapping("/{id}")
  String article(Actor actor, @PathVariable long id, Model model) {
    ArticleView article = knowledge.get(actor, id);
    model.addAttribute("article", article);
    model.addAttribute("versions", knowledge.versions(actor, id));
    model.addAttribute("manager", knowledge.mayReview(actor));
    return "knowledge-article";
  }

  @GetMapping("/{id}/diff")
  String diff(
      Actor actor,
      @PathVariable long id,
      @RequestParam int from,
      @RequestParam int to,
      Model model) {
    model.addAttribute("diff", knowledge.diff(actor, id, from, to));
    article(actor, id, model);
    return "knowledge-article";
  }

  @GetMapping("/{id}/edit")
  String edit(Actor actor, @PathVariable long id, Model model) {
    ArticleContent c = knowledge.editable(actor, id);
    model.addAttribute(
        "reviewed",
        knowledge.get(actor, id).status() == ArticleStatus.PUBLISHED
            && knowledge.reviewsEditsOf(actor));
    model.addAttribute(
        "form",
        new ArticleForm(
            c.title(),
            c.body(),
            c.category(),
            null,
            String.join(", ", c.tags()),
            c.language(),
            c.audience().name()));
    return editor(model, id, null);
  }

  @PostMapping("/{id}")
  String update(Actor actor, @PathVariable long id, ArticleForm form, Model model) {
    try {
      knowledge.update(actor, id, form.content());
      return "redirect:/knowledge/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("form", form);
      return editor(model, id, e);
    }
  }

  @PostMapping("/{id}/submit")
  String submit(Actor actor, @PathVariable long id) {
    knowledge.submit(actor, id);
    return "redirect:/knowledge/" + id;
  }

  @PostMapping("/{id}/approve")
  String approve(Actor actor, @PathVariable long id, ReviewForm form) {
    knowledge.decide(actor, id, true, form.comment());
    return "redirect:/knowledge/" + id;
  }

  @PostMapping("/{id}/reject")
  String reject(Actor actor, @PathVariable long id, ReviewForm form) {
    knowledge.decide(actor, id, false, form.comment());
    return "redirect:/knowledge/" + id;
  }

  @PostMapping("/{id}/revision/discard")
  String discardRevision(Actor actor, @PathVariable long id) {
    knowledge.discardRevision(actor, id);
    return "redirect:/knowledge/" + id;
  }

  @PostMapping("/{id}/retire")
  String retire(Actor actor, @PathVariable long id) {
    knowledge.retire(actor, id);
    return "redirect:/knowledge/" + id;
  }

  private static String editor(Model model, Long id, InvalidInputException problems) {
    model.addAttribute("articleId", id);
    model.addAttribute("audiences", Audience.values());
    model.addAttribute("problems", problems == null ? java.util.Map.of() : problems.byField());
    return "knowledge-edit";
  }

  /** The search page's query and filters, as typed. */
  record SearchForm(String q, String category, String tag, String language, String audience) {

    SearchRequest request(int limit) {
      return new SearchRequest(q, category, tag, language, ArticleForm.audience(audience), limit);
    }
  }
}
