package io.atumdesk.problem.web;

import io.atumdesk.core.Actor;
import io.atumdesk.problem.KnownErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The agents' known error database: published known errors by words and category. */
@Controller
@RequestMapping("/known-errors")
class KnownErrorPage {

  private final KnownErrors knownErrors;

  KnownErrorPage(KnownErrors knownErrors) {
    this.knownErrors = knownErrors;
  }

  @GetMapping
  String list(Actor actor, KnownErrorFilterForm form, Model model) {
    rows(actor, form, model);
    return "known-errors";
  }

  @GetMapping("/rows")
  String rows(Actor actor, KnownErrorFilterForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute(
        "knownErrors", knownErrors.search(actor, form.text(), form.category(), null));
    return "known-errors :: results";
  }

  /** The page's filters, as typed. */
  record KnownErrorFilterForm(String text, String category) {}
}
