package io.atumdesk.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.channel.MailPoller;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.notification.Notification.RecipientKind;
import io.atumdesk.notification.Notifications;
import io.atumdesk.people.UserAccount;
import io.atumdesk.people.UserAccounts;
import io.atumdesk.people.UserGroup;
import io.atumdesk.people.UserGroups;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replies and notifications leave through the outbox to a real SMTP server (GreenMail), and the
 * customer's answer comes back in through IMAP onto the same ticket.
 */
@IntegrationTest
class OutboxIntegrationTests {

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
          .withPerMethodLifecycle(false);

  // Addresses and names of this run only, so the suite can run again on a kept database.
  static final String RUN = Long.toString(System.currentTimeMillis(), 36);
  static final String DESK = "desk-" + RUN + "@acme.example";
  static final String MAILBOX = "a-desk-" + RUN;
  static final Session SESSION = Session.getInstance(new Properties());

  @LocalServerPort int port;
  @Autowired MailPoller poller;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired Outbox outbox;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired UserGroups groups;
  @Autowired UserAccounts accounts;
  @Autowired Notifications notifications;

  @BeforeEach
  void deskMailboxSendsThroughGreenMail() {
    MAIL.setUser(DESK, "desk-" + RUN, "desk-pass");
    Api admin = new Api(port).as("admin");
    if (!admin.get("/api/v1/mail/mailboxes").raw().body().contains(MAILBOX)) {
      var added =
          admin.post(
              "/api/v1/mail/mailboxes",
              """
              {"name": "%s", "host": "127.0.0.1", "port": %d, "protocol": "imap",
               "username": "desk-%s", "password": "desk-pass",
               "smtp": {"host": "127.0.0.1", "port": %d, "security": "none",
                        "fromAddress": "%s", "fromName": "ACME Service Desk"}}
              """
                  .formatted(
                      MAILBOX, MAIL.getImap().getPort(), RUN, MAIL.getSmtp().getPort(), DESK));
      assertThat(added.status()).as(added.toString()).isEqualTo(201);
      assertThat(added.raw().body()).doesNotContain("desk-pass");
    }
  }

  @Test
  void anAgentsReplyReachesTheCustomerAndTheirAnswerLandsOnTheSameTicket() throws Exception {
    String customer = "carla-" + RUN + "@customer.example";
    String first = "<first-" + RUN + "@customer.example>";
    deliverToDesk(customer, first, "Printer on fire " + RUN, null, "Smoke everywhere.");
    poller.pollAll();
    String key = ticketOf(first);
    Api agent = new Api(port).as("agent");
    assertThat(
            agent
                .post(
                    "/api/v1/tickets/" + key + "/comments",
                    "{\"body\": \"Secret note " + RUN + "\", \"internal\": true}")
                .status())
        .isEqualTo(201);
    assertThat(
            agent
                .post(
                    "/api/v1/tickets/" + key + "/comments",
                    "{\"body\": \"Please unplug it " + RUN + ".\", \"internal\": false}")
                .status())
        .isEqualTo(201);

    dispatcher.dispatchDue(Instant.now());

    List<MimeMessage> received = receivedBy(customer);
    assertThat(received).hasSize(2);
    MimeMessage confirmation = withSubjectContaining(received, "We received your request");
    assertThat(confirmation.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
    assertThat(confirmation.getSubject()).contains("[" + key + "]");
    MimeMessage reply = withSubjectContaining(received, "Re: [" + key + "]");
    assertThat(reply.getHeader("Auto-Submitted")).isNull();
    assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo(first);
    assertThat(reply.getHeader("References", null).replaceAll("\\s+", " "))
        .startsWith(first)
        .contains(confirmation.getMessageID());
    assertThat(reply.getMessageID()).endsWith("@acme.example>");
    assertThat(reply.getFrom()[0].toString()).contains(DESK);
    Multipart parts = (Multipart) reply.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getBodyPart(0).getContent().toString()).contains("Please unplug it " + RUN);
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat(received)
        .allSatisfy(m -> assertThat(textOf(m)).doesNotContain("Secret note " + RUN));

    // The answer quotes nothing and names no key: its In-Reply-To alone threads it.
    String answer = "<answer-" + RUN + "@customer.example>";
    deliverToDesk(customer, answer, "Thanks", reply.getMessageID(), "Unplugged, fire is out.");
    poller.pollAll();

    assertThat(ticketOf(answer)).isEqualTo(key);
    assertThat(agent.get("/api/v1/tickets/" + key + "/timeline").raw().body())
        .contains("Unplugged, fire is out.");
    dispatcher.dispatchDue(Instant.now());
    assertThat(receivedBy(customer)).as("no echo of the customer's own answer").hasSize(2);
    assertThat(statusesOf(key)).containsOnly("SENT");
  }

  @Test
  void aMentionReachesTheColleagueInTheirLanguageAndItsNotificationIsMarkedSent() throws Exception {
    String designer = "designer-" + RUN + "@acme.example";
    jdbc.update(
        "update app_user set email = ?, locale = 'de' where username = 'designer'", designer);
    Api agent = new Api(port).as("agent");
    String key =
        agent
            .post("/api/v1/tickets", "{\"type\":\"INCIDENT\",\"subject\":\"Mention " + RUN + "\"}")
            .field("key");
    assertThat(
            agent
                .post(
                    "/api/v1/tickets/" + key + "/comments",
                    "{\"body\": \"@designer please check the model\", \"internal\": true}")
                .status())
        .isEqualTo(201);

    dispatcher.dispatchDue(Instant.now());

    List<MimeMessage> received = receivedBy(designer);
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getSubject())
        .isEqualTo("[" + key + "] agent hat Sie in " + key + " erwähnt");
    assertThat(received.get(0).getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    assertThat(textOf(received.get(0))).contains("please check the model");
    assertThat(
            jdbc.queryForList(
                "select n.status from notification n join ticket t on t.id = n.ticket_id"
                    + " where t.tenant_id = 'acme' and t.ticket_key = ?",
                String.class,
                key))
        .containsExactly("SENT");
    assertThat(receivedBy("agent")).isEmpty();
  }

  @Test
  void escalationsReachTheGroupsLeadAndWhoeverIsOnCallThen() throws Exception {
    String group = "night-" + RUN;
    String quiet = "quiet-" + RUN;
    transaction()
        .executeWithoutResult(
            s -> {
              groups.save(new UserGroup("acme", group, "Night shift"));
              groups.save(new UserGroup("acme", quiet, "Nobody leads"));
            });
    String lead = colleague("lead-" + RUN);
    String onCall = colleague("oncall-" + RUN);
    String later = colleague("later-" + RUN);
    Api admin = new Api(port).as("admin");
    String name = "{\"username\":\"%s\"}";
    assertThat(
            admin.send("PUT", "/api/v1/groups/" + group + "/lead", name.formatted(lead)).status())
        .isEqualTo(200);
    Instant now = Instant.now();
    String shift = "{\"username\":\"%s\",\"from\":\"%s\",\"to\":\"%s\"}";
    String onCallPath = "/api/v1/groups/" + group + "/on-call";
    admin.post(onCallPath, shift.formatted(onCall, now.minusSeconds(3600), now.plusSeconds(3600)));
    admin.post(onCallPath, shift.formatted(later, now.plusSeconds(7200), now.plusSeconds(9000)));

    List<Long> sent =
        List.of(
            notify(RecipientKind.GROUP_LEAD, group, "Breach for the lead " + RUN),
            notify(RecipientKind.ON_CALL, group, "Page for on call " + RUN));
    long unreached = notify(RecipientKind.GROUP_LEAD, quiet, "Nobody to tell " + RUN);
    dispatcher.dispatchDue(Instant.now());

    assertThat(receivedBy(lead + "@acme.example"))
        .singleElement()
        .satisfies(m -> assertThat(m.getSubject()).contains("Breach for the lead " + RUN));
    assertThat(receivedBy(onCall + "@acme.example"))
        .singleElement()
        .satisfies(m -> assertThat(m.getSubject()).contains("Page for on call " + RUN));
    assertThat(receivedBy(later + "@acme.example")).isEmpty();
    for (long id : sent) {
      assertThat(notificationStatus(id)).isEqualTo("SENT");
    }
    assertThat(notificationStatus(unreached)).isEqualTo("FAILED");
    // The context is shared: these agents must not show up in other tests' lists of staff.
    jdbc.update(
        "update app_user set enabled = false where username in (?, ?, ?)", lead, onCall, later);
  }

  /** An agent of this run with an address of their own (switched off again at the end). */
  private String colleague(String username) {
    transaction()
        .executeWithoutResult(
            s ->
                accounts.save(
                    new UserAccount(
                        "acme",
                        username,
                        "Roster " + username,
                        "{noop}unused",
                        Set.of(Role.AGENT),
                        Set.of(),
                        Instant.now())));
    jdbc.update(
        "update app_user set email = ? where username = ?", username + "@acme.example", username);
    return username;
  }

  private long notify(RecipientKind kind, String group, String subject) {
    return TenantContext.callAs(
        "acme",
        () ->
            transaction()
                .execute(
                    s ->
                        notifications.queue("acme", null, kind, group, subject, "Look now.").id()));
  }

  private String notificationStatus(long id) {
    return jdbc.queryForObject("select status from notification where id = ?", String.class, id);
  }

  @Test
  void retriesWithBackoffWhileSmtpIsDownThenDeadLettersAndSendsAgainOnRetry() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    String broken = "b-down-" + RUN;
    Api admin = new Api(port).as("admin");
    assertThat(
            admin
                .post(
                    "/api/v1/mail/mailboxes",
                    """
                    {"name": "%s", "host": "127.0.0.1", "port": 1, "protocol": "imap",
                     "username": "desk-%s", "password": "desk-pass",
                     "smtp": {"host": "127.0.0.1", "port": %d, "security": "none",
                              "fromAddress": "%s"}}
                    """
                        .formatted(broken, RUN, closed, DESK))
                .status())
        .isEqualTo(201);
    String to = "dora-" + RUN + "@customer.example";
    long id = queue("acme", broken, to, "Down " + RUN);

    Instant now = Instant.now();
    dispatcher.dispatchDue(now);
    Map<String, Object> afterOne = row(id);
    assertThat(afterOne.get("status")).isEqualTo("PENDING");
    assertThat(afterOne.get("attempts")).isEqualTo(1);
    assertThat((String) afterOne.get("last_error")).contains("Not sent, will try again");
    Instant second = instant(afterOne.get("next_attempt_at"));
    assertThat(second).isBetween(now.plusSeconds(47), now.plusSeconds(60));

    dispatcher.dispatchDue(second.minusSeconds(1));
    assertThat(row(id).get("attempts")).as("not due before its time").isEqualTo(1);
    dispatcher.dispatchDue(second);
    Map<String, Object> afterTwo = row(id);
    assertThat(afterTwo.get("attempts")).isEqualTo(2);
    Instant third = instant(afterTwo.get("next_attempt_at"));
    assertThat(Duration.between(second, third))
        .isBetween(Duration.ofSeconds(95), Duration.ofMinutes(2));
    dispatcher.dispatchDue(third);
    Map<String, Object> dead = row(id);
    assertThat(dead.get("status")).isEqualTo("DEAD");
    assertThat(dead.get("attempts")).isEqualTo(3);

    Api.Response shown = admin.get("/api/v1/outbox/" + id);
    assertThat(shown.field("status")).isEqualTo("DEAD");
    assertThat(shown.field("lastError")).contains("Not sent");
    assertThat(admin.get("/api/v1/outbox?status=DEAD&size=200").raw().body()).contains(to);
    assertThat(new Api(port).as("agent").post("/api/v1/outbox/" + id + "/retry", "").status())
        .isEqualTo(403);

    jdbc.update(
        "update mailbox set smtp_port = ? where name = ?", MAIL.getSmtp().getPort(), broken);
    Api.Response retried = admin.post("/api/v1/outbox/" + id + "/retry", "");
    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.field("status")).isEqualTo("PENDING");
    assertThat(admin.post("/api/v1/outbox/" + id + "/retry", "").status()).isEqualTo(409);
    dispatcher.dispatchDue(Instant.now());

    assertThat(row(id).get("status")).isEqualTo("SENT");
    assertThat(receivedBy(to)).hasSize(1);
    assertThat(row(id).get("channel_message_id")).isEqualTo(receivedBy(to).get(0).getMessageID());
  }

  @Test
  void aMessageWithoutATransportOrAccountIsADeadLetterWithItsReason() {
    long noTransport =
        transaction()
            .execute(
                s ->
                    outbox
                        .queue(
                            "acme",
                            new Envelope(
                                "pigeon", "coop", "roof", null, "Coo", "Coo", null, Map.of(), null,
                                null, null))
                        .id());
    long noAccount = queue("acme", "no-such-mailbox-" + RUN, "x-" + RUN + "@customer.example", "X");

    dispatcher.dispatchDue(Instant.now());

    assertThat(row(noTransport).get("status")).isEqualTo("DEAD");
    assertThat((String) row(noTransport).get("last_error"))
        .isEqualTo("No transport sends on channel 'pigeon'.");
    assertThat((String) row(noAccount).get("last_error"))
        .contains("missing, disabled or cannot send");
  }

  @Test
  void anotherTenantsMessageIsNotFound() {
    long globex = queue("globex", "nowhere", "g-" + RUN + "@customer.example", "Globex only");

    assertThat(new Api(port).as("admin").get("/api/v1/outbox/" + globex).status()).isEqualTo(404);
    assertThat(new Api(port).as("admin").post("/api/v1/outbox/" + globex + "/retry", "").status())
        .isEqualTo(404);
    assertThat(new Api(port).as("admin").get("/api/v1/outbox?status=bogus").status())
        .isEqualTo(400);
  }

  @Test
  void twoDispatchersAtOnceNeverSendOneMessageTwice() throws Exception {
    String to = "many-" + RUN + "@customer.example";
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ids.add(queue("acme", MAILBOX, to, "Bulk " + i + " " + RUN));
    }
    Instant now = Instant.now();
    Callable<Integer> round = () -> dispatcher.dispatchDue(now);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> rounds = nodes.invokeAll(List.of(round, round));
      for (Future<Integer> r : rounds) {
        r.get();
      }
    } finally {
      nodes.shutdown();
    }

    List<MimeMessage> received = receivedBy(to);
    assertThat(received).hasSize(40);
    assertThat(received.stream().map(OutboxIntegrationTests::subjectOf).distinct()).hasSize(40);
    for (long id : ids) {
      assertThat(row(id).get("status")).isEqualTo("SENT");
      assertThat(row(id).get("attempts")).isEqualTo(1);
    }
  }

  private long queue(String tenant, String account, String to, String subject) {
    return transaction()
        .execute(
            s ->
                outbox
                    .queue(
                        tenant,
                        new Envelope(
                            "email",
                            account,
                            to,
                            null,
                            subject,
                            "Body of " + subject,
                            "<p>Body</p>",
                            Map.of(
                                "Message-ID", "<" + subject.replace(' ', '.') + "@acme.example>"),
                            null,
                            null,
                            null))
                    .id());
  }

  private TransactionTemplate transaction() {
    return new TransactionTemplate(transactions);
  }

  private Map<String, Object> row(long id) {
    return jdbc.queryForMap("select * from outbox_message where id = ?", id);
  }

  private List<String> statusesOf(String key) {
    return jdbc.queryForList(
        "select status from outbox_message where tenant_id = 'acme' and ticket_key = ?",
        String.class,
        key);
  }

  private static Instant instant(Object timestamp) {
    if (timestamp instanceof java.time.OffsetDateTime t) {
      return t.toInstant();
    }
    return ((java.sql.Timestamp) timestamp).toInstant();
  }

  private String ticketOf(String messageId) {
    return jdbc.queryForObject(
        "select ticket_key from mail_message where tenant_id = 'acme' and message_id = ?",
        String.class,
        messageId.substring(1, messageId.length() - 1));
  }

  private void deliverToDesk(
      String from, String messageId, String subject, String inReplyTo, String text)
      throws Exception {
    String source =
        "From: "
            + from
            + "\r\nTo: "
            + DESK
            + "\r\nMessage-ID: "
            + messageId
            + "\r\nSubject: "
            + subject
            + "\r\n"
            + (inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\r\n")
            + "Date: Sat, 28 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
            + text
            + "\r\n";
    MAIL.getUserManager()
        .getUserByEmail(DESK)
        .deliver(
            new MimeMessage(
                SESSION, new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8))));
  }

  private static List<MimeMessage> receivedBy(String address) {
    return Arrays.stream(MAIL.getReceivedMessages())
        .filter(m -> recipientsOf(m).contains(address))
        .toList();
  }

  private static String recipientsOf(MimeMessage m) {
    try {
      return Arrays.toString(m.getRecipients(Message.RecipientType.TO));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subjectOf(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String textOf(MimeMessage m) {
    try {
      return new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static MimeMessage withSubjectContaining(List<MimeMessage> mails, String part) {
    return mails.stream()
        .filter(m -> subjectOf(m).contains(part))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no mail with '"
                        + part
                        + "' in "
                        + mails.stream().map(OutboxIntegrationTests::subjectOf).toList()));
  }
}
