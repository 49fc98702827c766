package io.atumdesk.channel;

import static io.atumdesk.channel.MailCorpus.alternative;
import static io.atumdesk.channel.MailCorpus.encodedWord;
import static io.atumdesk.channel.MailCorpus.headers;
import static io.atumdesk.channel.MailCorpus.latin1;
import static io.atumdesk.channel.MailCorpus.plain;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.channel.MailCorpus.Expect;
import io.atumdesk.connectors.MailParser;
import io.atumdesk.connectors.MailboxReader;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Mail read from a real IMAP server (GreenMail) becomes tickets and replies: a corpus of 200 mails
 * lands with no wrong thread and no lost mail, and a crash before acknowledging duplicates nothing.
 */
@IntegrationTest
class MailChannelIntegrationTests {

  @RegisterExtension
  static final GreenMailExtension IMAP =
      new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort()).withPerMethodLifecycle(false);

  static final String ADDRESS = "support@acme.example";
  // Mail of this run only, so the suite can run again on a kept (PostgreSQL) database.
  static final String RUN = Long.toString(System.currentTimeMillis(), 36);
  static final String PASSWORD = "s3cret:/@ pass";
  static final Session SESSION = Session.getInstance(new Properties());

  @LocalServerPort int port;
  @Autowired MailPoller poller;
  @Autowired JdbcTemplate jdbc;
  GreenMailUser user;

  @BeforeEach
  void pointAcmeMailboxAtGreenMail() {
    user = IMAP.setUser(ADDRESS, "support", PASSWORD);
    Api admin = new Api(port).as("admin");
    // A kept database may know the mailbox from an earlier run, on GreenMail's port of then.
    jdbc.update("update mailbox set port = ? where name = 'support'", IMAP.getImap().getPort());
    if (!admin.get("/api/v1/mail/mailboxes").raw().body().contains("\"support\"")) {
      var added =
          admin.post(
              "/api/v1/mail/mailboxes",
              """
              {"name": "support", "host": "127.0.0.1", "port": %d, "protocol": "imap",
               "username": "support", "password": "%s"}
              """
                  .formatted(IMAP.getImap().getPort(), PASSWORD));
      assertThat(added.status()).as(added.toString()).isEqualTo(201);
    }
  }

  @Test
  void sealsMailboxPasswordsAndNeverShowsThem() {
    Api.Response listed = new Api(port).as("admin").get("/api/v1/mail/mailboxes");

    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.raw().body()).contains("\"INBOX\"").doesNotContain(PASSWORD, "password");
    assertThat(
            jdbc.queryForObject(
                "select password from mailbox where name = 'support'", String.class))
        .startsWith("v1:")
        .doesNotContain(PASSWORD);
    assertThat(new Api(port).as("agent").get("/api/v1/mail/mailboxes").status()).isEqualTo(403);
  }

  @Test
  void threadsTwoHundredMailsWithoutAWrongThreadOrALostMail() throws Exception {
    jdbc.update(
        "update app_user set email = ? where username = 'customer'", "carla@" + domain("corpus"));
    MailCorpus corpus = new MailCorpus(domain("corpus"));
    List<MailCorpus.Mail> phase1 = newThreadsAndNoise(corpus);
    deliverAndPoll(phase1);
    List<MailCorpus.Mail> phase2 = replies(corpus);
    deliverAndPoll(phase2);
    List<MailCorpus.Mail> phase3 = repliesToReplies(corpus, phase2);
    deliverAndPoll(phase3);

    int delivered = phase1.size() + phase2.size() + phase3.size();
    assertThat(delivered).isGreaterThanOrEqualTo(200);
    Map<String, String[]> rows = rowsOf(domain("corpus"));
    List<String> lost = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    Map<String, String> raisedKeys = new HashMap<>();
    List<String> quarantined = quarantinedSources();
    for (MailCorpus.Mail mail : corpus.all()) {
      String[] row = rows.get(mail.messageId());
      if (mail.expect() == Expect.QUARANTINE) {
        if (row != null || quarantined.stream().noneMatch(s -> s.contains(mail.messageId()))) {
          lost.add(mail.messageId() + " not in quarantine");
        }
        continue;
      }
      if (row == null) {
        lost.add(mail.messageId());
        continue;
      }
      String outcome = row[0];
      String key = row[1];
      switch (mail.expect()) {
        case RAISE -> {
          if (!outcome.equals("RAISED") || raisedKeys.containsValue(key)) {
            wrong.add(mail.messageId() + " " + outcome + " " + key);
          }
          raisedKeys.put(mail.messageId(), key);
        }
        case REPLY -> {
          String expected = rows.get(mail.thread())[1];
          if (!outcome.equals("REPLIED") || !expected.equals(key)) {
            wrong.add(mail.messageId() + " on " + key + ", expected " + expected);
          } else if (!repliesOn(key).contains(mail.newText())) {
            wrong.add(mail.messageId() + " text not on " + key + ": " + repliesOn(key));
          }
        }
        case AUTOMATED -> {
          if (!outcome.equals("AUTOMATED") || key != null) {
            wrong.add(mail.messageId() + " " + outcome + " " + key);
          }
        }
        default -> throw new IllegalStateException();
      }
    }
    assertThat(lost).as("lost mails").isEmpty();
    assertThat(wrong).as("wrong threads").isEmpty();
    long raises = corpus.all().stream().filter(m -> m.expect() == Expect.RAISE).count();
    assertThat(ticketsRequestedFrom("%@" + domain("corpus"))).isEqualTo(raises - 10);
    assertThat(ticketsRequestedFrom("customer")).isGreaterThanOrEqualTo(10);
    assertThat(unseen(domain("corpus"))).isZero();
    assertThat(subjectOf(rows.get(corpus.id("new-0"))[1])).isEqualTo("Bürodrucker 0");
    assertThat(subjectOf(rows.get(corpus.id("new-3"))[1])).isEqualTo("Drucker 3 – kaputt ✓");
    assertThat(descriptionOf(rows.get(corpus.id("new-2"))[1]))
        .isEqualTo("Drucker 2 klemmt. Grüße aus Köln");
  }

  private String subjectOf(String key) {
    return jdbc.queryForObject(
        "select subject from ticket where tenant_id = 'acme' and ticket_key = ?",
        String.class,
        key);
  }

  private String descriptionOf(String key) {
    return jdbc.queryForObject(
        "select description from ticket where tenant_id = 'acme' and ticket_key = ?",
        String.class,
        key);
  }

  @Test
  void aCrashBetweenCommitAndAcknowledgementDuplicatesNothing() throws Exception {
    MailCorpus corpus = new MailCorpus(domain("crash"));
    List<MailCorpus.Mail> mails = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      mails.add(
          corpus.add(
              "crash-" + i,
              Expect.RAISE,
              null,
              null,
              plain(headers(corpus.sender(i), corpus.id("crash-" + i), "VPN down " + i), "x")));
    }
    mails.forEach(this::deliver);
    AtomicBoolean crashed = new AtomicBoolean();
    MailboxReader crashing =
        new MailboxReader(
            new MailParser(),
            Clock.systemUTC(),
            (mailbox, mail) -> {
              if (crashed.compareAndSet(false, true)) {
                throw new MessagingException("connection lost before \\Seen was stored");
              }
              MailboxReader.SEEN.acknowledge(mailbox, mail);
            },
            100);

    assertThat(poller.pollAll(crashing)).isEqualTo(4);
    assertThat(unseen(domain("crash"))).isEqualTo(1);
    assertThat(poller.pollAll()).isEqualTo(1);

    assertThat(unseen(domain("crash"))).isZero();
    assertThat(rowsOf(domain("crash"))).hasSize(5);
    assertThat(ticketsRequestedFrom("%@" + domain("crash"))).isEqualTo(5);
  }

  @Test
  void aMailedAnswerFromTheRequesterEndsTheWaitOnThem() {
    MailCorpus c = new MailCorpus(domain("pending"));
    deliver(
        c.add(
            "ask",
            Expect.RAISE,
            null,
            null,
            plain(headers(c.sender(0), c.id("ask"), "VPN drops"), "x")));
    poller.pollAll();
    String key = rowsOf(domain("pending")).get(c.id("ask"))[1];
    Api agent = new Api(port).as("agent");
    String task = agent.openTask(key).path("id").asString();
    agent.post(
        "/api/v1/tasks/" + task + "/complete",
        "{\"outcome\":\"pending\",\"pendingReason\":\"Which VPN client do you use?\"}");
    assertThat(agent.get("/api/v1/tickets/" + key).field("status")).isEqualTo("PENDING");

    deliver(
        c.add(
            "answer",
            Expect.REPLY,
            "ask",
            null,
            plain(
                headers(
                    c.sender(0),
                    c.id("answer"),
                    "Re: [" + key + "] VPN drops",
                    "In-Reply-To: <" + c.id("ask") + ">"),
                "Cisco AnyConnect 5.1")));
    poller.pollAll();

    assertThat(agent.get("/api/v1/tickets/" + key).field("status")).isNotEqualTo("PENDING");
    assertThat(repliesOn(key)).contains("Cisco AnyConnect 5.1");
  }

  @Test
  void keepsTheFilesOfAMailAndOfItsReplyOnTheTicket() {
    MailCorpus c = new MailCorpus(domain("files"));
    deliver(
        c.add("with-file", Expect.RAISE, null, null, withFile(c, "with-file", "", "notes.txt")));
    poller.pollAll();
    String key = rowsOf(domain("files")).get(c.id("with-file"))[1];
    deliver(
        c.add(
            "reply-file",
            Expect.REPLY,
            "with-file",
            null,
            withFile(c, "reply-file", "In-Reply-To: <" + c.id("with-file") + ">", "log.txt")));
    poller.pollAll();

    var files = new Api(port).as("agent").get("/api/v1/tickets/" + key + "/attachments").json();
    assertThat(files.size()).isEqualTo(2);
    assertThat(files.get(0).path("filename").asString()).isEqualTo("notes.txt");
    assertThat(files.get(0).path("entryId").isNull()).isTrue();
    assertThat(files.get(1).path("filename").asString()).isEqualTo("log.txt");
    assertThat(files.get(1).path("entryId").isNull()).isFalse();
    assertThat(files.get(1).path("uploadedBy").asString()).isEqualTo(c.sender(1));
  }

  private static String withFile(MailCorpus c, String local, String header, String filename) {
    String[] extra = header.isEmpty() ? new String[0] : new String[] {header};
    return headers(c.sender(1), c.id(local), "Scanner " + local, extra)
        + "Content-Type: multipart/mixed; boundary=\"f\"\r\n\r\n"
        + "--f\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nSee the file.\r\n"
        + "--f\r\nContent-Type: text/plain; name=\""
        + filename
        + "\"\r\nContent-Disposition: attachment; filename=\""
        + filename
        + "\"\r\n\r\nline one\r\nline two\r\n--f--\r\n";
  }

  @Test
  void showsQuarantinedMailToAdminsOnly() throws Exception {
    MailCorpus corpus = new MailCorpus(domain("quarantine"));
    deliver(
        corpus.add(
            "broken",
            Expect.QUARANTINE,
            null,
            null,
            headers("x@" + domain("quarantine"), corpus.id("broken"), "Broken")
                + "Content-Type: multipart/mixed; boundary=\"nowhere\"\r\n\r\nno parts here\r\n"));
    poller.pollAll();

    Api.Response admin = new Api(port).as("admin").get("/api/v1/mail/quarantine");
    assertThat(admin.status()).isEqualTo(200);
    assertThat(admin.raw().body()).contains("broken@" + domain("quarantine")).contains("boundary");
    assertThat(new Api(port).as("agent").get("/api/v1/mail/quarantine").status()).isEqualTo(403);
    assertThat(new Api(port).as("agent2").get("/api/v1/mail/quarantine").status()).isEqualTo(403);
  }

  private List<MailCorpus.Mail> newThreadsAndNoise(MailCorpus c) {
    List<MailCorpus.Mail> mails = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String from = "Person " + i + " <" + c.sender(i) + ">";
      String id = c.id("new-" + i);
      String text = "Printer " + i + " jams on every page.";
      mails.add(
          switch (i % 4) {
            case 0 ->
                c.add(
                    "new-" + i,
                    Expect.RAISE,
                    null,
                    text,
                    plain(
                        headers(from, id, i % 8 == 0 ? "Bürodrucker " + i : "Printer " + i), text));
            case 1 ->
                c.add(
                    "new-" + i,
                    Expect.RAISE,
                    null,
                    text,
                    alternative(
                        headers(from, id, "Printer " + i),
                        text,
                        "<p>" + text + "<script>alert(1)</script></p>"));
            case 2 ->
                c.add(
                    "new-" + i,
                    Expect.RAISE,
                    null,
                    "Drucker " + i + " klemmt. Grüße aus Köln",
                    latin1(
                        headers(from, id, "Drucker " + i),
                        "Drucker " + i + " klemmt. Grüße aus Köln"));
            default ->
                c.add(
                    "new-" + i,
                    Expect.RAISE,
                    null,
                    text,
                    plain(headers(from, id, encodedWord("Drucker " + i + " – kaputt ✓")), text));
          });
    }
    for (int i = 0; i < 10; i++) {
      mails.add(
          c.add(
              "known-" + i,
              Expect.RAISE,
              null,
              null,
              plain(
                  headers(
                      "Carla <carla@" + domain("corpus") + ">", c.id("known-" + i), "Mouse " + i),
                  "m")));
      mails.add(
          c.add(
              "ooo-" + i,
              Expect.AUTOMATED,
              null,
              null,
              plain(
                  headers(
                      c.sender(i),
                      c.id("ooo-" + i),
                      "Out of office",
                      "Auto-Submitted: auto-replied"),
                  "I am away.")));
      mails.add(
          c.add(
              "bounce-" + i,
              Expect.AUTOMATED,
              null,
              null,
              plain(
                  headers(
                      "Mail Delivery System <MAILER-DAEMON@mx." + domain("corpus") + ">",
                      c.id("bounce-" + i),
                      "Undelivered Mail Returned to Sender",
                      "References: <" + c.id("new-" + i) + ">"),
                  "This is the mail system at host mx.")));
      mails.add(
          c.add(
              "bulk-" + i,
              Expect.AUTOMATED,
              null,
              null,
              plain(
                  headers(
                      c.sender(i),
                      c.id("bulk-" + i),
                      "Newsletter",
                      i % 2 == 0 ? "Precedence: bulk" : "X-Autoreply: yes"),
                  "News.")));
      String broken =
          i % 2 == 0
              ? headers(c.sender(i), c.id("broken-" + i), "Broken " + i)
                  + "Content-Type: multipart/mixed; boundary=\"b"
                  + i
                  + "\"\r\n\r\nno parts\r\n"
              : "To: support@acme.example\r\nMessage-ID: <"
                  + c.id("broken-" + i)
                  + ">\r\nSubject: No sender "
                  + i
                  + "\r\n\r\nWho am I?\r\n";
      mails.add(c.add("broken-" + i, Expect.QUARANTINE, null, null, broken));
    }
    for (int i = 0; i < 10; i++) {
      mails.add(c.ledger.get(c.id("new-" + i)));
    }
    return mails;
  }

  private List<MailCorpus.Mail> replies(MailCorpus c) {
    List<MailCorpus.Mail> mails = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String from = c.sender(i);
      String thread = "new-" + i;
      String original = "<" + c.id(thread) + ">";
      String text = "Still jams, attempt " + i + ".";
      String id = c.id("reply-" + i);
      String key = rowsOf(domain("corpus")).get(c.id(thread))[1];
      String source =
          switch (i % 4) {
            case 0 ->
                plain(
                    headers(from, id, "Re: Printer " + i, "In-Reply-To: " + original),
                    text + "\n\nOn Mon, 2 Mar 2026 at 10:00, Desk <" + ADDRESS + "> wrote:\n> old");
            case 1 ->
                plain(
                    headers(from, id, "RE: Printer " + i, "References: <x@elsewhere> " + original),
                    text + "\n\n-----Original Message-----\nFrom: Desk\nSent: Monday\n\nold");
            case 2 ->
                plain(
                    headers(from, id, "Re: [" + key + "] Printer " + i),
                    text + "\n\n> On 2 Mar 2026, at 10:00, Desk <" + ADDRESS + "> wrote:\n> old");
            default ->
                alternative(
                    headers(
                        from,
                        id,
                        "AW: Printer " + i,
                        "In-Reply-To: " + original,
                        "References: " + original),
                    text + "\n\nFrom: Desk <" + ADDRESS + ">\nSent: Monday, 2 March\nTo: x\n\nold",
                    "<p>" + text + "</p>");
          };
      mails.add(c.add("reply-" + i, Expect.REPLY, thread, text, source));
    }
    for (int i = 0; i < 20; i++) {
      mails.add(
          c.add(
              "same-subject-" + i,
              Expect.RAISE,
              null,
              null,
              plain(
                  headers(c.sender(i), c.id("same-subject-" + i), "Re: Printer " + i), "Me too")));
    }
    for (int i = 0; i < 10; i++) {
      mails.add(
          c.add(
              "fwd-" + i,
              Expect.RAISE,
              null,
              null,
              plain(
                  headers(c.sender(i), c.id("fwd-" + i), "Fwd: Printer " + i),
                  "Please look at this.\n\n---------- Forwarded message ---------\nFrom: A\n"
                      + "Date: Mon\nSubject: Printer\n\nPrinter jams")));
      mails.add(
          c.add(
              "stranger-" + i,
              Expect.RAISE,
              null,
              null,
              plain(
                  headers(
                      c.sender(i),
                      c.id("stranger-" + i),
                      "Re: Printer " + i,
                      "In-Reply-To: <never-seen-" + i + "@other.example>"),
                  "Answering something else")));
    }
    return mails;
  }

  private List<MailCorpus.Mail> repliesToReplies(MailCorpus c, List<MailCorpus.Mail> phase2) {
    List<MailCorpus.Mail> mails = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String text = "Fixed after the second try " + i + ".";
      mails.add(
          c.add(
              "reply2-" + i,
              Expect.REPLY,
              "new-" + i,
              text,
              plain(
                  headers(
                      c.sender(i),
                      c.id("reply2-" + i),
                      "Re: Re: Printer " + i,
                      "In-Reply-To: <" + c.id("reply-" + i) + ">",
                      "References: <" + c.id("new-" + i) + "> <" + c.id("reply-" + i) + ">"),
                  text + "\n\nOn Tue wrote:\n> earlier")));
      mails.add(phase2.get(i));
    }
    return mails;
  }

  private static String domain(String name) {
    return name + "-" + RUN + ".example";
  }

  private void deliverAndPoll(List<MailCorpus.Mail> mails) {
    mails.forEach(this::deliver);
    for (int round = 0; round < 50 && poller.pollAll() > 0; round++) {
      // each round takes at most max-per-poll mails
    }
  }

  private void deliver(MailCorpus.Mail mail) {
    try {
      user.deliver(new MimeMessage(SESSION, new ByteArrayInputStream(mail.raw())));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, String[]> rowsOf(String domain) {
    Map<String, String[]> rows = new HashMap<>();
    jdbc.query(
        "select message_id, outcome, ticket_key from mail_message"
            + " where tenant_id = 'acme' and message_id like ?",
        rs -> {
          rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
        },
        "%@" + domain);
    return rows;
  }

  /** Public replies on the ticket written by its requester. */
  private List<String> repliesOn(String key) {
    return jdbc.queryForList(
        "select e.body from timeline_entry e join ticket t on t.id = e.ticket_id"
            + " where t.tenant_id = 'acme' and t.ticket_key = ? and e.kind = 'REPLY'"
            + " and e.actor = t.requester and e.internal = false",
        String.class,
        key);
  }

  private List<String> quarantinedSources() {
    return jdbc.query(
        "select raw_source from mail_quarantine where tenant_id = 'acme'",
        (rs, n) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1));
  }

  private long ticketsRequestedFrom(String requester) {
    return jdbc.queryForObject(
        "select count(*) from ticket where tenant_id = 'acme' and requester like ?",
        Long.class,
        requester);
  }

  private long unseen(String domain) throws Exception {
    long unseen = 0;
    for (StoredMessage message :
        IMAP.getManagers().getImapHostManager().getInbox(user).getMessages()) {
      String id = message.getMimeMessage().getMessageID();
      if (id != null
          && id.endsWith("@" + domain + ">")
          && !message.getFlags().contains(Flags.Flag.SEEN)) {
        unseen++;
      }
    }
    return unseen;
  }
}
