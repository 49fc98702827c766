package io.atumdesk.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who among a tenant's open streams a signal reaches. */
class AudienceTests {

  static final Actor AGENT =
      new Actor("agent", "acme", Set.of(Role.AGENT), Set.of("service-desk", "network-ops"));
  static final Actor DESIGNER =
      new Actor("designer", "acme", Set.of(Role.PROCESS_DESIGNER), Set.of());
  static final Actor CUSTOMER = new Actor("customer", "acme", Set.of(Role.CUSTOMER), Set.of());

  @Test
  void staffSignalsReachAgentsAndAdminsOnly() {
    var staff = new Audience.Staff();
    assertThat(staff.includes(stream(AGENT, null))).isTrue();
    assertThat(staff.includes(stream(DESIGNER, null))).isFalse();
    assertThat(staff.includes(stream(CUSTOMER, null))).isFalse();
  }

  @Test
  void groupSignalsReachStaffMembersOfTheGroup() {
    assertThat(new Audience.Members(Set.of("network-ops")).includes(stream(AGENT, null))).isTrue();
    assertThat(new Audience.Members(Set.of("hr")).includes(stream(AGENT, null))).isFalse();
    var customerInGroup = new Actor("c", "acme", Set.of(Role.CUSTOMER), Set.of("network-ops"));
    assertThat(new Audience.Members(Set.of("network-ops")).includes(stream(customerInGroup, null)))
        .isFalse();
  }

  @Test
  void internalTicketSignalsNeverReachTheRequestersPage() {
    var notes = new Audience.TicketPage("INC-000001", true);
    var replies = new Audience.TicketPage("INC-000001", false);
    assertThat(notes.includes(stream(CUSTOMER, "INC-000001"))).isFalse();
    assertThat(replies.includes(stream(CUSTOMER, "INC-000001"))).isTrue();
    assertThat(notes.includes(stream(AGENT, "INC-000001"))).isTrue();
    assertThat(replies.includes(stream(AGENT, "INC-000002"))).isFalse();
  }

  @Test
  void inboxSignalsReachStaffPagesThatFollowNoTicket() {
    assertThat(new Audience.Inbox().includes(stream(AGENT, null))).isTrue();
    assertThat(new Audience.Inbox().includes(stream(AGENT, "INC-000001"))).isFalse();
    assertThat(new Audience.Inbox().includes(stream(CUSTOMER, null))).isFalse();
  }

  @Test
  void aPresenceListLeavesOutItsRecipient() {
    var viewers =
        List.of(new Viewer("admin", "Ada Admin", "typing"), new Viewer("agent", "Alex", "viewing"));
    var signal =
        new Signal("acme", "presence", new Audience.TicketPage("INC-000001", true), viewers);
    assertThat(signal.dataFor("agent")).isEqualTo(List.of(viewers.get(0)));
  }

  private static LiveStream stream(Actor actor, String ticket) {
    return new LiveStream(1, actor, ticket, null);
  }
}
