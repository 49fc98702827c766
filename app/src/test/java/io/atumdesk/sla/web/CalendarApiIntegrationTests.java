package io.atumdesk.sla.web;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.sla.BusinessCalendar;
import io.atumdesk.sla.BusinessCalendars;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Admins store business calendars per tenant, staff read them, and the SLA side finds a tenant's
 * calendar, or the shipped one it did not override.
 */
@IntegrationTest
class CalendarApiIntegrationTests {

  static final String BERLIN_OFFICE =
      """
      {"name":"Berlin office","zone":"Europe/Berlin",
       "week":{"MONDAY":["09:00-12:30","13:30-17:00"],"FRIDAY":["09:00-15:00"]},
       "holidays":["2026-04-03"],"yearlyHolidays":["12-24"]}""";

  static final String LONDON_HOURS =
      """
      {"name":"London hours","zone":"Europe/London",
       "week":{"MONDAY":["08:00-18:00"],"TUESDAY":["08:00-18:00"]}}""";

  @LocalServerPort int port;
  @Autowired BusinessCalendars calendars;
  Api admin;
  Api agent;

  @BeforeEach
  void signIn() {
    admin = new Api(port).as("admin");
    agent = new Api(port).as("agent");
  }

  @AfterEach
  void removeWhatTheTestsStored() {
    // The database is shared with every other integration test: leave acme with the shipped ones.
    admin.delete("/api/v1/calendars/berlin-office");
    admin.delete("/api/v1/calendars/business-hours");
  }

  @Test
  void listsTheShippedCalendars() {
    var list = agent.get("/api/v1/calendars");

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().findValuesAsString("id")).containsSubsequence("24x7", "business-hours");
    JsonNode hours = calendar(list.json(), "business-hours");
    assertThat(hours.path("source").asString()).isEqualTo("shipped");
    assertThat(hours.path("zone").asString()).isEqualTo("Europe/Berlin");
    assertThat(hours.path("week").path("MONDAY").toString()).isEqualTo("[\"09:00-17:00\"]");
    assertThat(hours.path("week").has("SATURDAY")).isFalse();
    assertThat(hours.path("yearlyHolidays").toString())
        .isEqualTo("[\"01-01\",\"05-01\",\"10-03\",\"12-25\",\"12-26\"]");
    assertThat(calendar(list.json(), "24x7").path("week").path("SUNDAY").toString())
        .isEqualTo("[\"00:00-24:00\"]");
  }

  @Test
  void anAdminStoresACalendarWithALunchBreakAndAHoliday() {
    var saved = admin.send("PUT", "/api/v1/calendars/berlin-office", BERLIN_OFFICE);

    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.field("id")).isEqualTo("berlin-office");
    assertThat(saved.field("source")).isEqualTo("tenant");
    JsonNode read = agent.get("/api/v1/calendars/berlin-office").json();
    assertThat(read).isEqualTo(saved.json());
    assertThat(read.path("name").asString()).isEqualTo("Berlin office");
    assertThat(read.path("week").path("MONDAY").toString())
        .isEqualTo("[\"09:00-12:30\",\"13:30-17:00\"]");
    assertThat(read.path("holidays").toString()).isEqualTo("[\"2026-04-03\"]");
    assertThat(read.path("yearlyHolidays").toString()).isEqualTo("[\"12-24\"]");
    assertThat(agent.get("/api/v1/calendars").json().findValuesAsString("id"))
        .containsSubsequence("24x7", "berlin-office", "business-hours");

    BusinessCalendar calendar = calendars.forTenant("acme", "berlin-office");
    assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(calendar.periodsOn(LocalDate.of(2026, 4, 6))).hasSize(2);
    assertThat(calendar.periodsOn(LocalDate.of(2026, 4, 3))).isEmpty();
  }

  @Test
  void replacesAStoredCalendar() {
    admin.send("PUT", "/api/v1/calendars/berlin-office", BERLIN_OFFICE);
    calendars.forTenant("acme", "berlin-office");

    var replaced = admin.send("PUT", "/api/v1/calendars/berlin-office", LONDON_HOURS);

    assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
    assertThat(agent.get("/api/v1/calendars/berlin-office").field("name"))
        .isEqualTo("London hours");
    assertThat(calendars.forTenant("acme", "berlin-office").zone())
        .isEqualTo(ZoneId.of("Europe/London"));
  }

  @Test
  void staffOtherThanAdminsReadButDoNotWrite() {
    admin.send("PUT", "/api/v1/calendars/berlin-office", BERLIN_OFFICE);

    for (String user : List.of("agent", "designer", "cab")) {
      Api staff = new Api(port).as(user);
      assertThat(staff.get("/api/v1/calendars/berlin-office").status()).isEqualTo(200);
      assertProblem(staff.send("PUT", "/api/v1/calendars/berlin-office", LONDON_HOURS), 403);
      assertProblem(staff.delete("/api/v1/calendars/berlin-office"), 403);
    }
    assertThat(agent.get("/api/v1/calendars/berlin-office").field("name"))
        .isEqualTo("Berlin office");
  }

  @Test
  void customersSeeNoCalendars() {
    Api customer = new Api(port).as("customer");

    assertProblem(customer.get("/api/v1/calendars"), 403);
    assertProblem(customer.get("/api/v1/calendars/business-hours"), 403);
    assertProblem(customer.send("PUT", "/api/v1/calendars/berlin-office", BERLIN_OFFICE), 403);
  }

  @Test
  void refusesInvalidCalendarsNamingTheField() {
    assertRefused(BERLIN_OFFICE.replace("Europe/Berlin", "Europe/Atlantis"), "zone", "time zone");
    assertRefused(
        BERLIN_OFFICE.replace("13:30-17:00", "12:00-17:00"), "week.MONDAY[1]", "overlaps");
    assertRefused(
        BERLIN_OFFICE.replace("13:30-17:00", "08:00-09:00"), "week.MONDAY[1]", "in order");
    assertRefused(BERLIN_OFFICE.replace("09:00-15:00", "15:00-09:00"), "week.FRIDAY[0]", "start");
    assertRefused(BERLIN_OFFICE.replace("09:00-15:00", "9-15"), "week.FRIDAY[0]", "09:00-17:00");
    assertRefused(BERLIN_OFFICE.replace("FRIDAY", "FUNDAY"), "week.FUNDAY", "MONDAY");
    assertRefused(BERLIN_OFFICE.replace("2026-04-03", "2026-02-30"), "holidays[0]", "2026-02-30");
    assertRefused(BERLIN_OFFICE.replace("12-24", "13-01"), "yearlyHolidays[0]", "12-25");
    assertRefused(BERLIN_OFFICE.replace("Berlin office", " "), "name", "blank");
    assertRefused("{\"name\":\"Closed\",\"zone\":\"UTC\",\"week\":{}}", "week", "one day");

    assertProblem(agent.get("/api/v1/calendars/berlin-office"), 404);
  }

  @Test
  void keepsEachTenantsCalendarsToItself() {
    admin.send("PUT", "/api/v1/calendars/berlin-office", BERLIN_OFFICE);
    Api globex = new Api(port).as("agent2");

    assertProblem(globex.get("/api/v1/calendars/berlin-office"), 404);
    assertThat(globex.get("/api/v1/calendars").json().findValuesAsString("id"))
        .containsExactly("24x7", "business-hours");
    assertThatThrownBy(() -> calendars.forTenant("globex", "berlin-office"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anOverrideOfAShippedCalendarCountsInItsTenantUntilDeleted() {
    assertThat(calendars.forTenant("acme", "business-hours").zone())
        .isEqualTo(ZoneId.of("Europe/Berlin"));

    assertThat(admin.send("PUT", "/api/v1/calendars/business-hours", LONDON_HOURS).status())
        .isEqualTo(200);
    assertThat(agent.get("/api/v1/calendars/business-hours").field("source")).isEqualTo("tenant");
    assertThat(calendars.forTenant("acme", "business-hours").zone())
        .isEqualTo(ZoneId.of("Europe/London"));
    assertThat(calendars.forTenant("globex", "business-hours").zone())
        .isEqualTo(ZoneId.of("Europe/Berlin"));

    assertThat(admin.delete("/api/v1/calendars/business-hours").status()).isEqualTo(204);
    assertThat(agent.get("/api/v1/calendars/business-hours").field("source")).isEqualTo("shipped");
    assertThat(calendars.forTenant("acme", "business-hours").zone())
        .isEqualTo(ZoneId.of("Europe/Berlin"));
    assertProblem(admin.delete("/api/v1/calendars/business-hours"), 409);
  }

  @Test
  void unknownCalendarsAreNotFound() {
    assertProblem(agent.get("/api/v1/calendars/no-such-calendar"), 404);
    assertProblem(admin.delete("/api/v1/calendars/no-such-calendar"), 404);
    assertThatThrownBy(() -> calendars.forTenant("acme", "no-such-calendar"))
        .isInstanceOf(NotFoundException.class);
  }

  private void assertRefused(String body, String field, String messagePart) {
    var refused = admin.send("PUT", "/api/v1/calendars/berlin-office", body);
    assertProblem(refused, 400);
    JsonNode error = refused.json().path("errors").get(0);
    assertThat(error.path("field").asString()).as(refused.toString()).isEqualTo(field);
    assertThat(error.path("message").asString()).contains(messagePart);
  }

  private static JsonNode calendar(JsonNode list, String id) {
    for (JsonNode calendar : list) {
      if (calendar.path("id").asString().equals(id)) {
        return calendar;
      }
    }
    throw new AssertionError("no calendar " + id + " in " + list);
  }
}
