package io.atumdesk.channel;

import static io.atumdesk.channel.MailCorpus.headers;
import static io.atumdesk.channel.MailCorpus.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Mail operations on a real mail server (GreenMail): IMAP IDLE pushes mail without a poll, POP3
 * deletes only what committed, a flooding sender is held back, and failed DMARC at a trusted host
 * is quarantined or marked as the mailbox's policy says.
 */
@IntegrationTest
class MailOperationsIntegrationTests {

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_POP3_IMAP))
          .withPerMethodLifecycle(false);

  static final String RUN = Long.toString(System.currentTimeMillis(), 36);
  static final Session SESSION = Session.getInstance(new Properties());

  @LocalServerPort int port;
  @Autowired MailPoller poller;
  @Autowired MailIdle idle;
  @Autowired MailboxHealth health;
  @Autowired EnabledMailboxes mailboxes;
  @Autowired JdbcTemplate jdbc;

  @Test
  void idleTurnsADeliveredMailIntoATicketWithoutAPoll() throws Exception {
    String name = "idle-" + RUN;
    MAIL.setUser(name + "@acme.example", name, "pw");
    long id = addMailbox(name, "imap", MAIL.getImap().getPort(), "pw");
    assertThat(idle.watch(mailboxes.find("acme", name).orElseThrow())).isTrue();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> health.of("acme", name).mode() == MailboxHealth.Mode.IDLE);

    GreenMailUtil.sendTextEmail(
        name + "@acme.example",
        "idler-" + RUN + "@example.org",
        "Pushed " + RUN,
        "Via IDLE",
        MAIL.getSmtp().getServerSetup());

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> outcomeBySubject("Pushed " + RUN).equals(List.of("RAISED")));
    // SEEN follows the commit: the acknowledgement comes right after the handler returned.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        MAIL.getManagers()
                            .getImapHostManager()
                            .getInbox(MAIL.getUserManager().getUser(name))
                            .getMessages())
                    .allMatch(m -> m.getFlags().contains(jakarta.mail.Flags.Flag.SEEN)));

    admin().post("/api/v1/mail/mailboxes/" + id + "/disable", "{}");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> health.of("acme", name).mode() == MailboxHealth.Mode.POLLING);
  }

  @Test
  void pop3MailIsDeletedOnlyAfterItsTicketCommitted() throws Exception {
    String name = "pop-" + RUN;
    GreenMailUser user = MAIL.setUser(name + "@acme.example", name, "pw");
    long id = addMailbox(name, "pop3", MAIL.getPop3().getPort(), "pw");
    deliver(
        user,
        plain(
            headers(
                "pop-a-" + RUN + "@example.org", "pop-1-" + RUN + "@example.org", "POP one " + RUN),
            "one"));
    deliver(
        user,
        plain(
            headers(
                "pop-b-" + RUN + "@example.org", "pop-2-" + RUN + "@example.org", "POP two " + RUN),
            "two"));

    poller.pollAll();

    assertThat(outcomeBySubject("POP one " + RUN)).containsExactly("RAISED");
    assertThat(outcomeBySubject("POP two " + RUN)).containsExactly("RAISED");
    assertThat(MAIL.getManagers().getImapHostManager().getInbox(user).getMessageCount()).isZero();
    admin().post("/api/v1/mail/mailboxes/" + id + "/disable", "{}");
  }

  @Test
  void holdsAFloodingSenderBackAndNotesItOnceOnTheirOpenTicket() throws Exception {
    String name = "flood-" + RUN;
    GreenMailUser user = MAIL.setUser(name + "@acme.example", name, "pw");
    long id = addMailbox(name, "imap", MAIL.getImap().getPort(), "pw");
    String sender = "flooder-" + RUN + "@example.org";
    String first = "flood-0-" + RUN + "@example.org";
    deliver(user, plain(headers(sender, first, "Flood " + RUN), "help"));
    for (int i = 1; i < 43; i++) {
      deliver(
          user,
          plain(
              headers(
                  sender,
                  "flood-" + i + "-" + RUN + "@example.org",
                  "Re: Flood " + RUN,
                  "In-Reply-To: <" + first + ">"),
              "again " + i));
    }

    poller.pollAll();

    Long taken =
        jdbc.queryForObject(
            "select count(*) from mail_message where tenant_id = 'acme' and sender = ?",
            Long.class,
            sender);
    assertThat(taken).isEqualTo(40);
    List<Long> held =
        jdbc.queryForList(
            "select id from mail_quarantine where tenant_id = 'acme' and sender = ? and cause = 'RATE_LIMITED' order by id",
            Long.class,
            sender);
    assertThat(held).hasSize(3);
    assertThat(
            jdbc.queryForList(
                    "select reason from mail_quarantine where id = ?", String.class, held.get(0))
                .get(0))
        .startsWith("rate limited: " + sender);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from timeline_entry e join ticket t on t.id = e.ticket_id where t.tenant_id = 'acme'"
                    + " and t.requester = ? and e.internal = true and e.body like 'Mail flood:%'",
                Long.class, sender))
        .isEqualTo(1);

    Api admin = admin();
    assertThat(admin.get("/api/v1/mail/quarantine").raw().body()).contains("RATE_LIMITED", sender);
    assertThat(
            new Api(port)
                .as("agent")
                .post("/api/v1/mail/quarantine/" + held.get(0) + "/release", "{}")
                .status())
        .isEqualTo(403);
    assertThat(admin.post("/api/v1/mail/quarantine/" + held.get(0) + "/release", "{}").status())
        .isEqualTo(204);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from mail_message where tenant_id = 'acme' and sender = ?",
                Long.class,
                sender))
        .isEqualTo(41);
    var source = admin.download("/api/v1/mail/quarantine/" + held.get(1) + "/source");
    assertThat(source.statusCode()).isEqualTo(200);
    assertThat(source.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", ".eml");
    assertThat(new String(source.body(), StandardCharsets.ISO_8859_1)).contains("flood-");
    assertThat(admin.delete("/api/v1/mail/quarantine/" + held.get(1)).status()).isEqualTo(204);
    assertThat(admin.delete("/api/v1/mail/quarantine/" + held.get(1)).status()).isEqualTo(404);
    admin.post("/api/v1/mail/mailboxes/" + id + "/disable", "{}");
  }

  @Test
  void recordsTrustedAuthenticationResultsAndFollowsTheMailboxPolicy() throws Exception {
    String name = "dmarc-" + RUN;
    GreenMailUser user = MAIL.setUser(name + "@acme.example", name, "pw");
    long id = addMailbox(name, "imap", MAIL.getImap().getPort(), "pw");
    String gmailPass =
        "Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@example.com header.s=20230601;\r\n"
            + "       spf=pass (google.com: domain of a@example.com designates 209.85.220.41 as permitted sender)"
            + " smtp.mailfrom=a@example.com;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com";
    String gmailFail =
        "Authentication-Results: mx.google.com;\r\n       dkim=fail header.i=@bank.example;\r\n"
            + "       spf=softfail (google.com: domain of x@bank.example does not designate 192.0.2.7 as"
            + " permitted sender) smtp.mailfrom=x@bank.example;\r\n"
            + "       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=bank.example";
    String forged = "Authentication-Results: mx.evil.example; dmarc=fail header.from=bank.example";
    deliver(
        user,
        plain(
            headers(
                "ok-" + RUN + "@example.com",
                "auth-ok-" + RUN + "@x",
                "Verified " + RUN,
                gmailPass),
            "fine"));
    deliver(
        user,
        plain(
            headers(
                "mark-" + RUN + "@bank.example",
                "auth-mark-" + RUN + "@x",
                "Marked " + RUN,
                gmailFail),
            "pay"));
    deliver(
        user,
        plain(
            headers(
                "forged-" + RUN + "@bank.example",
                "auth-forged-" + RUN + "@x",
                "Forged " + RUN,
                forged),
            "hi"));
    poller.pollAll();

    assertThat(
            jdbc.queryForMap(
                "select spf, dkim, dmarc from mail_message where tenant_id = 'acme' and message_id = ?",
                "auth-ok-" + RUN + "@x"))
        .containsValues("pass", "pass", "pass");
    assertThat(
            jdbc.queryForObject(
                "select dmarc from mail_message where tenant_id = 'acme' and message_id = ?",
                String.class,
                "auth-forged-" + RUN + "@x"))
        .isNull();
    String marked =
        jdbc.queryForObject(
            "select ticket_key from mail_message where tenant_id = 'acme' and message_id = ?",
            String.class,
            "auth-mark-" + RUN + "@x");
    assertThat(internalNotesOn(marked))
        .anyMatch(n -> n.startsWith("Unverified sender") && n.contains("DMARC fail"));

    var changed =
        admin()
            .send(
                "PUT",
                "/api/v1/mail/mailboxes/" + id,
                """
            {"host": "127.0.0.1", "port": %d, "protocol": "imap", "username": "%s",
             "senderPolicy": "QUARANTINE_ON_FAIL"}
            """
                    .formatted(MAIL.getImap().getPort(), name));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    deliver(
        user,
        plain(
            headers(
                "held-" + RUN + "@bank.example",
                "auth-held-" + RUN + "@x",
                "Held " + RUN,
                gmailFail),
            "pay now"));
    poller.pollAll();

    assertThat(outcomeBySubject("Held " + RUN)).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select reason from mail_quarantine where tenant_id = 'acme' and sender = ?",
                String.class,
                "held-" + RUN + "@bank.example"))
        .startsWith("unverified sender: DMARC fail");
    admin().post("/api/v1/mail/mailboxes/" + id + "/disable", "{}");
  }

  @Test
  void testsAConnectionAndShowsTheServersAnswerToAdminsOnly() {
    String name = "probe-" + RUN;
    MAIL.setUser(name + "@acme.example", name, "right");
    long id = addMailbox(name, "imap", MAIL.getImap().getPort(), "wrong");
    Api admin = admin();

    var refused = admin.post("/api/v1/mail/mailboxes/" + id + "/test", "{}");
    assertThat(refused.json().path("connected").asBoolean()).isFalse();
    assertThat(refused.field("answer")).isNotBlank().doesNotContain("wrong");

    admin.send(
        "PUT",
        "/api/v1/mail/mailboxes/" + id,
        """
        {"host": "127.0.0.1", "port": %d, "protocol": "imap", "username": "%s", "password": "right"}
        """
            .formatted(MAIL.getImap().getPort(), name));
    var answer = admin.post("/api/v1/mail/mailboxes/" + id + "/test", "{}");
    assertThat(answer.json().path("connected").asBoolean()).isTrue();
    assertThat(answer.json().path("idle").asBoolean()).isTrue();
    assertThat(answer.field("answer")).contains("INBOX");
    assertThat(
            new Api(port).as("agent").post("/api/v1/mail/mailboxes/" + id + "/test", "{}").status())
        .isEqualTo(403);
    admin.post("/api/v1/mail/mailboxes/" + id + "/disable", "{}");
  }

  private Api admin() {
    return new Api(port).as("admin");
  }

  private long addMailbox(String name, String protocol, int mailPort, String password) {
    var added =
        admin()
            .post(
                "/api/v1/mail/mailboxes",
                """
            {"name": "%s", "host": "127.0.0.1", "port": %d, "protocol": "%s",
             "username": "%s", "password": "%s"}
            """
                    .formatted(name, mailPort, protocol, name, password));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return added.json().path("id").asLong();
  }

  private static void deliver(GreenMailUser user, String raw) throws MessagingException {
    user.deliver(
        new MimeMessage(SESSION, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
  }

  private List<String> outcomeBySubject(String subject) {
    return jdbc.queryForList(
        "select outcome from mail_message where tenant_id = 'acme' and subject = ?",
        String.class,
        subject);
  }

  private List<String> internalNotesOn(String key) {
    return jdbc.queryForList(
        "select e.body from timeline_entry e join ticket t on t.id = e.ticket_id"
            + " where t.tenant_id = 'acme' and t.ticket_key = ? and e.internal = true",
        String.class,
        key);
  }
}
