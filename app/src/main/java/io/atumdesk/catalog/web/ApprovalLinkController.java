package io.atumdesk.catalog.web;

import io.atumdesk.catalog.ApprovalByLink;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page a mailed approval link opens, for an approver who need not sign in: what was ordered,
 * and approve or reject with a comment (the reason, when rejecting). The link works once.
 */
@Controller
class ApprovalLinkController {

  private final ApprovalByLink approvals;
  private final MessageSource messages;

  ApprovalLinkController(ApprovalByLink approvals, MessageSource messages) {
    this.approvals = approvals;
    this.messages = messages;
  }

  @GetMapping("/approvals/{token}")
  ModelAndView show(@PathVariable String token, Locale locale) {
    try {
      return page(token, Map.of("request", approvals.view(token)), HttpStatus.OK);
    } catch (NotFoundException e) {
      return page(token, Map.of("error", text("approval.unknown", locale)), HttpStatus.NOT_FOUND);
    }
  }

  @PostMapping("/approvals/{token}")
  ModelAndView decide(
      @PathVariable String token,
      @RequestParam(required = false) String decision,
      @RequestParam(required = false) String comment,
      Locale locale) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("decision", decision);
    // The form has one text: the approval's comment, or the reason of a rejection.
    values.put("reject".equals(decision) ? "reason" : "comment", comment);
    try {
      approvals.decide(token, values);
      return page(token, Map.of("done", true, "request", approvals.view(token)), HttpStatus.OK);
    } catch (NotFoundException e) {
      return page(token, Map.of("error", text("approval.unknown", locale)), HttpStatus.NOT_FOUND);
    } catch (ConflictException e) {
      return page(
          token,
          Map.of("error", text("approval.used", locale), "request", approvals.view(token)),
          HttpStatus.CONFLICT);
    } catch (InvalidInputException e) {
      return page(
          token,
          Map.of("error", text("approval.invalid", locale), "request", approvals.view(token)),
          HttpStatus.BAD_REQUEST);
    }
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private static ModelAndView page(String token, Map<String, ?> values, HttpStatus status) {
    ModelAndView page = new ModelAndView("approval", values);
    page.addObject("token", token);
    page.setStatus(status);
    return page;
  }
}
