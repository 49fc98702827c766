package io.atumdesk.workflow.web;

import io.atumdesk.core.Actor;
import io.atumdesk.workflow.ProcessAnalytics;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A version's figures drawn on its diagram (a heat map of where time goes, waiting counts, flows by
 * how often they were taken) and the same figures as a table, with failed jobs to retry.
 */
@Controller
@RequestMapping("/studio/analytics/{definitionId}")
class ProcessAnalyticsPageController {

  private final ProcessAnalytics analytics;

  ProcessAnalyticsPageController(ProcessAnalytics analytics) {
    this.analytics = analytics;
  }

  @GetMapping
  String page(Actor actor, @PathVariable String definitionId, Model model) {
    var figures = analytics.of(actor, definitionId);
    model.addAttribute("analytics", figures);
    model.addAttribute("rows", figures.activities().stream().map(ActivityRow::of).toList());
    return "studio-analytics";
  }

  /** The figures for the diagram's overlays (the page's own session, not an API token). */
  @GetMapping(value = "/figures", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ProcessAnalytics.Analytics figures(Actor actor, @PathVariable String definitionId) {
    return analytics.of(actor, definitionId);
  }

  @GetMapping(value = "/model", produces = MediaType.APPLICATION_XML_VALUE)
  @ResponseBody
  String model(Actor actor, @PathVariable String definitionId) {
    return analytics.model(actor, definitionId);
  }

  /** htmx: retries the job and answers with its row's action cell. */
  @PostMapping("/jobs/{jobId}/retry")
  String retry(Actor actor, @PathVariable String definitionId, @PathVariable String jobId) {
    analytics.retry(actor, jobId);
    return "studio-analytics :: retried";
  }

  /** An activity's figures as the table shows them, durations in words. */
  record ActivityRow(
      String id, String name, long waiting, long completed, String median, String p90) {

    static ActivityRow of(ProcessAnalytics.ActivityStats stats) {
      return new ActivityRow(
          stats.activityId(),
          stats.name(),
          stats.waiting(),
          stats.completed(),
          spoken(stats.medianMillis()),
          spoken(stats.p90Millis()));
    }

    /** 3 d 4 h, 2 h 5 min, 12 min, 40 s; a dash when nothing passed yet. */
    static String spoken(Long millis) {
      if (millis == null) {
        return "–";
      }
      java.time.Duration d = java.time.Duration.ofMillis(millis);
      if (d.toDays() > 0) {
        return "%d d %d h".formatted(d.toDays(), d.toHoursPart());
      }
      if (d.toHours() > 0) {
        return "%d h %d min".formatted(d.toHours(), d.toMinutesPart());
      }
      if (d.toMinutes() > 0) {
        return "%d min".formatted(d.toMinutes());
      }
      return d.toSeconds() > 0 ? "%d s".formatted(d.toSeconds()) : "%d ms".formatted(millis);
    }
  }
}
