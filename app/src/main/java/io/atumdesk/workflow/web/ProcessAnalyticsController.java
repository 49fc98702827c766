package io.atumdesk.workflow.web;

import io.atumdesk.core.Actor;
import io.atumdesk.workflow.ProcessAnalytics;
import io.atumdesk.workflow.ProcessAnalytics.Analytics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Process designers read a version's figures and send failed jobs again. */
@RestController
@RequestMapping("/api/v1/studio")
@Tag(name = "Studio")
class ProcessAnalyticsController {

  private final ProcessAnalytics analytics;

  ProcessAnalyticsController(ProcessAnalytics analytics) {
    this.analytics = analytics;
  }

  @GetMapping("/analytics/{definitionId}")
  @Operation(
      summary =
          "Per activity: tickets waiting now, median and p90 time spent; per flow: times taken;"
              + " failed jobs (designers, admins)")
  Analytics get(Actor actor, @PathVariable String definitionId) {
    return analytics.of(actor, definitionId);
  }

  @PostMapping("/jobs/{jobId}/retry")
  @Operation(summary = "Give a failed job its tries back (designers, admins)")
  ResponseEntity<Void> retry(Actor actor, @PathVariable String jobId) {
    analytics.retry(actor, jobId);
    return ResponseEntity.accepted().build();
  }
}
