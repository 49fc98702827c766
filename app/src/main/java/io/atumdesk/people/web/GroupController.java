package io.atumdesk.people.web;

import io.atumdesk.core.Actor;
import io.atumdesk.people.OnCallShift;
import io.atumdesk.people.RosterAdministration;
import io.atumdesk.people.RosterAdministration.GroupView;
import io.atumdesk.people.RosterAdministration.NewShift;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins name group leads and keep on-call rosters; SLA escalations reach the people named. */
@RestController
@RequestMapping("/api/v1/groups")
@Tag(name = "Groups")
class GroupController {

  private final RosterAdministration roster;

  GroupController(RosterAdministration roster) {
    this.roster = roster;
  }

  @GetMapping
  @Operation(summary = "The tenant's groups with their leads (admins)")
  List<GroupView> groups(Actor actor) {
    return roster.groups(actor);
  }

  @PutMapping("/{group}/lead")
  @Operation(summary = "Names the group's lead; an empty username leaves it without one (admins)")
  GroupView lead(Actor actor, @PathVariable String group, @Valid @RequestBody LeadForm form) {
    return roster.lead(actor, group, form.username());
  }

  @GetMapping("/{group}/on-call")
  @Operation(summary = "The group's on-call shifts that have not ended, earliest first (admins)")
  List<ShiftView> shifts(Actor actor, @PathVariable String group) {
    return roster.shifts(actor, group).stream().map(ShiftView::of).toList();
  }

  @PostMapping("/{group}/on-call")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Puts an agent or admin on call for the group from one moment to another")
  ShiftView add(Actor actor, @PathVariable String group, @Valid @RequestBody ShiftForm form) {
    return ShiftView.of(
        roster.addShift(actor, group, new NewShift(form.username(), form.from(), form.to())));
  }

  @DeleteMapping("/{group}/on-call/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Removes a shift from the roster (admins)")
  void remove(Actor actor, @PathVariable String group, @PathVariable Long id) {
    roster.removeShift(actor, group, id);
  }

  record LeadForm(@Size(max = 100) String username) {}

  record ShiftForm(@Size(max = 100) String username, Instant from, Instant to) {}

  record ShiftView(Long id, String group, String username, Instant from, Instant to) {
    static ShiftView of(OnCallShift shift) {
      return new ShiftView(
          shift.id(), shift.groupKey(), shift.username(), shift.startsAt(), shift.endsAt());
    }
  }
}
