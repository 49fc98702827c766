package io.atumdesk.change;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Blackout windows: everyone on the calendar reads them; change managers and admins keep them. */
@Service
public class Blackouts {

  private final BlackoutWindows windows;
  private final Clock clock;

  Blackouts(BlackoutWindows windows, Clock clock) {
    this.windows = windows;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<BlackoutView> list(Actor actor) {
    ChangeAccess.requireCalendarReader(actor);
    return windows.findAllByOrderByStartsAtAscIdAsc().stream().map(BlackoutWindow::view).toList();
  }

  @Transactional
  public BlackoutView create(Actor actor, BlackoutForm form) {
    ChangeAccess.requireChangeManager(actor);
    BlackoutWindow window = new BlackoutWindow(actor.username(), clock.instant());
    return save(window, form);
  }

  @Transactional
  public BlackoutView update(Actor actor, Long id, BlackoutForm form) {
    ChangeAccess.requireChangeManager(actor);
    BlackoutWindow window = find(actor, id);
    if (form.version() == null) {
      throw new InvalidInputException("version", "must be the version you read");
    }
    if (form.version() != window.version()) {
      throw new ConflictException(
          "Blackout window %d is at version %d, not %d; reload it and apply your change again."
              .formatted(id, window.version(), form.version()));
    }
    return save(window, form);
  }

  @Transactional
  public void delete(Actor actor, Long id) {
    ChangeAccess.requireChangeManager(actor);
    windows.delete(find(actor, id));
  }

  private BlackoutView save(BlackoutWindow window, BlackoutForm form) {
    var problems = form.problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Please correct the blackout window.", problems);
    }
    window.set(
        form.name().strip(),
        form.startsAt(),
        form.endsAt(),
        form.reason() == null || form.reason().isBlank() ? null : form.reason().strip());
    return windows.saveAndFlush(window).view();
  }

  private BlackoutWindow find(Actor actor, Long id) {
    return windows
        .findById(id)
        .filter(window -> actor.tenantId().equals(window.tenantId()))
        .orElseThrow(() -> new NotFoundException("Blackout window", id));
  }
}
