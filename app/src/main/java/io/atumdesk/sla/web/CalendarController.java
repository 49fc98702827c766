package io.atumdesk.sla.web;

import io.atumdesk.core.Actor;
import io.atumdesk.sla.BusinessCalendars;
import io.atumdesk.sla.CalendarForm;
import io.atumdesk.sla.CalendarView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Business calendars over HTTP: staff read them, admins store, replace and delete them. */
@RestController
@RequestMapping("/api/v1/calendars")
@Tag(name = "Business calendars")
class CalendarController {

  private final BusinessCalendars calendars;

  CalendarController(BusinessCalendars calendars) {
    this.calendars = calendars;
  }

  @GetMapping
  @Operation(summary = "The tenant's calendars and the shipped ones it did not override, by id")
  List<CalendarView> list(Actor actor) {
    return calendars.list(actor);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One calendar; source tells a stored one from a shipped one")
  CalendarView get(Actor actor, @PathVariable String id) {
    return calendars.get(actor, id);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Create or replace a calendar (admins); a shipped id is overridden")
  CalendarView save(Actor actor, @PathVariable String id, @RequestBody CalendarForm form) {
    return calendars.save(actor, id, form);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a stored calendar (admins); a shipped one it overrode counts again")
  void delete(Actor actor, @PathVariable String id) {
    calendars.delete(actor, id);
  }
}
