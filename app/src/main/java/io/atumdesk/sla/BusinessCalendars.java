package io.atumdesk.sla;

import static java.util.Objects.requireNonNull;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The business calendars of each tenant: the ones it stored, and two shipped with ATUM DESK that
 * every tenant has unless it stores a calendar with the same id:
 *
 * <ul>
 *   <li>{@value #AROUND_THE_CLOCK}: open all the time, in UTC, without holidays;
 *   <li>{@value #BUSINESS_HOURS}: Monday to Friday 09:00-17:00 in Europe/Berlin, closed every year
 *       on 01-01, 05-01, 10-03, 12-25 and 12-26.
 * </ul>
 *
 * Staff read calendars, admins write them. {@link #forTenant} keeps compiled calendars for a minute
 * ({@link #CACHE_TIME}); a change on this node is seen at once, one on another node within that.
 */
@Service
public class BusinessCalendars {

  public static final String AROUND_THE_CLOCK = "24x7";
  public static final String BUSINESS_HOURS = "business-hours";

  /** How long {@link #forTenant} trusts a calendar it loaded. */
  public static final Duration CACHE_TIME = Duration.ofMinutes(1);

  private final StoredCalendars stored;
  private final JsonMapper json;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

  BusinessCalendars(
      StoredCalendars stored,
      JsonMapper json,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.stored = stored;
    this.json = json;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * The calendar SLA clocks of {@code tenantId} count on: its stored one with that id, else the
   * shipped one. Called on every SLA computation, also from engine threads without a tenant bound.
   *
   * @throws NotFoundException if neither exists
   * @throws IllegalStateException if the thread works for another tenant
   */
  public BusinessCalendar forTenant(String tenantId, String calendarId) {
    requireNonNull(tenantId, "tenantId");
    requireNonNull(calendarId, "calendarId");
    String bound = TenantContext.current();
    if (bound != null && !bound.equals(tenantId)) {
      throw new IllegalStateException(
          "calendar of tenant " + tenantId + " asked for while working for " + bound);
    }
    Key key = new Key(tenantId, calendarId);
    Instant now = clock.instant();
    Cached cached = cache.get(key);
    if (cached == null || cached.staleAt(now)) {
      cached =
          cache.compute(key, (k, old) -> old != null && !old.staleAt(now) ? old : load(k, now));
    }
    return cached.calendar();
  }

  /** The tenant's stored calendars and the shipped ones it did not override, by id. */
  public List<CalendarView> list(Actor actor) {
    requireStaff(actor);
    Map<String, CalendarView> views = new TreeMap<>();
    ShippedCalendars.all().forEach((id, shipped) -> views.put(id, shipped.view()));
    stored
        .findByTenantIdOrderByCalendarId(actor.tenantId())
        .forEach(row -> views.put(row.calendarId(), view(row)));
    return List.copyOf(views.values());
  }

  public CalendarView get(Actor actor, String calendarId) {
    requireStaff(actor);
    return stored
        .findByTenantIdAndCalendarId(actor.tenantId(), calendarId)
        .map(this::view)
        .or(() -> ShippedCalendars.find(calendarId).map(ShippedCalendars.Shipped::view))
        .orElseThrow(() -> new NotFoundException("Business calendar", calendarId));
  }

  /**
   * Creates or replaces the tenant's calendar {@code calendarId}; a shipped id is overridden.
   *
   * @throws InvalidInputException naming each field to correct
   */
  public CalendarView save(Actor actor, String calendarId, CalendarForm form) {
    requireAdmin(actor);
    if (form == null) {
      throw new InvalidInputException("body", "must be a calendar");
    }
    BusinessCalendar calendar = form.compile(calendarId);
    CalendarView view = CalendarView.of(form.name().strip(), calendar, CalendarView.TENANT);
    String definition = json.writeValueAsString(CalendarDefinition.of(view));
    transaction.executeWithoutResult(
        status -> {
          StoredCalendar row =
              stored
                  .findByTenantIdAndCalendarId(actor.tenantId(), calendarId)
                  .orElseGet(() -> new StoredCalendar(actor.tenantId(), calendarId));
          row.replace(view.name(), view.zone(), definition, actor.username(), clock.instant());
          stored.save(row);
          forgetAfterCommit(new Key(actor.tenantId(), calendarId));
        });
    return view;
  }

  /**
   * Deletes the tenant's calendar; where it overrode a shipped one, that one counts again.
   *
   * @throws ConflictException for a shipped calendar the tenant did not override
   */
  public void delete(Actor actor, String calendarId) {
    requireAdmin(actor);
    transaction.executeWithoutResult(
        status -> {
          StoredCalendar row =
              stored
                  .findByTenantIdAndCalendarId(actor.tenantId(), calendarId)
                  .orElseThrow(() -> cannotDelete(calendarId));
          stored.delete(row);
          forgetAfterCommit(new Key(actor.tenantId(), calendarId));
        });
  }

  private Cached load(Key key, Instant now) {
    BusinessCalendar calendar =
        stored
            .findByTenantIdAndCalendarId(key.tenantId(), key.calendarId())
            .map(this::compile)
            .or(
                () ->
                    ShippedCalendars.find(key.calendarId()).map(ShippedCalendars.Shipped::calendar))
            .orElseThrow(() -> new NotFoundException("Business calendar", key.calendarId()));
    return new Cached(calendar, now.plus(CACHE_TIME));
  }

  private BusinessCalendar compile(StoredCalendar row) {
    CalendarDefinition definition = json.readValue(row.definition(), CalendarDefinition.class);
    return definition.form(row.name(), row.zone()).compile(row.calendarId());
  }

  private CalendarView view(StoredCalendar row) {
    return CalendarView.of(row.name(), compile(row), CalendarView.TENANT);
  }

  /** After the commit, so that no reader caches the old calendar again. */
  private void forgetAfterCommit(Key key) {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            cache.remove(key);
          }
        });
  }

  private static RuntimeException cannotDelete(String calendarId) {
    if (ShippedCalendars.find(calendarId).isPresent()) {
      return new ConflictException(
          "Calendar "
              + calendarId
              + " is shipped with ATUM DESK and cannot be deleted; store one with this id to"
              + " override it.");
    }
    return new NotFoundException("Business calendar", calendarId);
  }

  private static void requireStaff(Actor actor) {
    if (!actor.isStaff()) {
      throw new ForbiddenException("Customers cannot see business calendars.");
    }
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins may change business calendars.");
    }
  }

  private record Key(String tenantId, String calendarId) {}

  private record Cached(BusinessCalendar calendar, Instant until) {
    boolean staleAt(Instant now) {
      return !now.isBefore(until);
    }
  }
}
