package io.atumdesk.channel;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.connectors.messaging.FormBody;
import io.atumdesk.connectors.messaging.Signatures;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.TicketKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * SMS, Slack, Telegram and Teams end to end over HTTP: accounts set up through the API, webhooks
 * signed as each provider signs them, messages threaded into tickets, one contact across channels.
 */
@IntegrationTest
class MessagingIntegrationTests {

  /** The database outlives a run on PostgreSQL; numbers and ids of this run are new there. */
  static final String RUN = Long.toString(Instant.now().toEpochMilli() % 10_000_000L);

  static final String TWILIO_TOKEN = "twilio-token-" + RUN;
  static final String SLACK_SECRET = "slack-signing-" + RUN;
  static final String TEAMS_TOKEN =
      Base64.getEncoder().encodeToString(("teams-token-" + RUN).getBytes(StandardCharsets.UTF_8));

  @LocalServerPort int port;
  @Autowired InboundMail mail;
  @Autowired Conversations conversations;
  MessagingHookClient hooks;
  Api admin;
  Api agent;

  @BeforeEach
  void clients() {
    hooks = new MessagingHookClient(port);
    admin = new Api(port).as("admin");
    agent = new Api(port).as("agent");
  }

  @Test
  void accountSecretsAreWriteOnlyAndAccountsForAdminsOnly() {
    var added = addSms("secrets");

    assertThat(added.status()).isEqualTo(201);
    assertThat(added.text()).doesNotContain(TWILIO_TOKEN);
    assertThat(added.json().path("secretsSet").toString()).contains("authToken");
    assertThat(added.json().path("settings").path("fromNumber").asString())
        .isEqualTo("+15557122661");
    assertThat(added.json().path("hookPath").asString()).startsWith("/api/v1/hooks/sms/");
    assertThat(admin.get("/api/v1/channels/accounts").text()).doesNotContain(TWILIO_TOKEN);
    assertProblem(agent.get("/api/v1/channels/accounts"), 403);
    assertProblem(
        admin.post(
            "/api/v1/channels/accounts",
            "{\"channel\":\"sms\",\"name\":\"n"
                + RUN
                + "\",\"settings\":{\"accountSid\":\"AC1\"}}"),
        400);
    assertProblem(
        admin.post(
            "/api/v1/channels/accounts",
            "{\"channel\":\"fax\",\"name\":\"n" + RUN + "\",\"settings\":{}}"),
        400);
  }

  @Test
  void changingAnAccountKeepsSecretsLeftBlankAndRefusesMissingOnes() {
    var added = addSms("changed");
    String id = added.field("id");

    var changed =
        admin.send(
            "PUT",
            "/api/v1/channels/accounts/" + id + "/settings",
            "{\"accountSid\":\"AC2\",\"authToken\":\"\",\"fromNumber\":\"+15557122662\"}");

    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().path("settings").path("accountSid").asString()).isEqualTo("AC2");
    assertThat(changed.json().path("secretsSet").toString()).contains("authToken");
    assertThat(changed.text()).doesNotContain(TWILIO_TOKEN);
    assertProblem(
        admin.send(
            "PUT", "/api/v1/channels/accounts/" + id + "/settings", "{\"accountSid\":\"AC3\"}"),
        400,
        "fromNumber");
    assertProblem(agent.get("/api/v1/channels/accounts/" + id), 403);
    String hook = added.json().path("hookPath").asString();
    assertThat(sms(hook, phone("7"), "SMk" + RUN, "Signed with the kept token").status())
        .as("the stored auth token still checks Twilio's signature")
        .isEqualTo(200);
  }

  @Test
  void anSmsFromAKnownPhoneContinuesItsOpenTicketAndShowsOnTheContact() {
    String hook = addSms("continue").json().path("hookPath").asString();
    String phone = phone("1");

    assertThat(sms(hook, phone, "SMa" + RUN, "Printer jams on every page").status()).isEqualTo(200);
    var answer = sms(hook, phone, "SMb" + RUN, "It also smells of smoke now");
    sms(hook, phone, "SMb" + RUN, "It also smells of smoke now");

    assertThat(answer.text()).contains("<Response></Response>");
    JsonNode contact = contactOf(phone);
    assertThat(contact.path("identities").toString()).contains("\"phone\"").contains(phone);
    assertThat(contact.path("tickets")).hasSize(1);
    String key = contact.path("tickets").get(0).path("key").asString();
    assertThat(contact.path("tickets").get(0).path("channel").asString()).isEqualTo("sms");
    assertThat(admin.get("/api/v1/tickets/" + key).json().path("description").asString())
        .contains("Printer jams on every page");
    JsonNode timeline = admin.get("/api/v1/tickets/" + key + "/timeline").json();
    List<JsonNode> replies = new ArrayList<>();
    timeline.forEach(
        e -> {
          if ("REPLY".equals(e.path("kind").asString())) replies.add(e);
        });
    assertThat(replies)
        .as("a redelivery adds nothing")
        .singleElement()
        .satisfies(
            r -> assertThat(r.path("body").asString()).isEqualTo("It also smells of smoke now"))
        .satisfies(
            r ->
                assertThat(r.path("actor").asString())
                    .as("the requester's own reply")
                    .isEqualTo(phone));
    assertThat(timeline.toString()).doesNotContain("first response stopped");
    var conversation =
        TenantContext.callAs("acme", () -> conversations.of(new TicketKey(key)).orElseThrow());
    assertThat(conversation.channel()).isEqualTo("sms");
    assertThat(conversation.address()).isEqualTo(phone);
    assertThat(admin.get("/api/v1/tickets/" + key).json().path("requester").asString())
        .isEqualTo(phone);
  }

  @Test
  void forgedOrUnknownWebhooksAreRefusedWith401() {
    String hook = addSms("forged").json().path("hookPath").asString();
    String phone = phone("2");
    Map<String, String> form = smsForm(phone, "SMc" + RUN, "Let me in");

    var forged =
        hooks.post(
            hook,
            "application/x-www-form-urlencoded",
            FormBody.encode(form),
            Map.of("X-Twilio-Signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAA="));
    var unknown =
        hooks.post(
            "/api/v1/hooks/sms/not-an-account",
            "application/x-www-form-urlencoded",
            FormBody.encode(form),
            Map.of());

    assertProblem(forged, 401);
    assertProblem(unknown, 401);
    assertThat(agent.get("/api/v1/contacts?q=" + phone.substring(1)).json()).isEmpty();
  }

  @Test
  void aSlackThreadReplyLandsOnTheSameTicketAndARetryChangesNothing() {
    String hook =
        addAccount(
                "slack",
                "ws" + RUN,
                "{\"botToken\":\"xoxb-" + RUN + "\",\"signingSecret\":\"" + SLACK_SECRET + "\"}")
            .json()
            .path("hookPath")
            .asString();
    String user = "U" + RUN;
    String ts = RUN + ".000100";

    assertThat(slack(hook, slackEvent(user, ts, null, "Wifi down in building B"), null).status())
        .isEqualTo(200);
    slack(hook, slackEvent(user, RUN + ".000200", ts, "Also on floor 3"), null);
    slack(hook, slackEvent(user, RUN + ".000200", ts, "Also on floor 3"), "1");
    slack(hook, slackEvent(user, RUN + ".000300", null, "Another thing: my badge"), null);

    JsonNode contact = contactOf(user);
    assertThat(contact.path("tickets")).hasSize(2);
    String first = ticketWith(contact, "Wifi down");
    String timeline = admin.get("/api/v1/tickets/" + first + "/timeline").text();
    assertThat(timeline).contains("Also on floor 3").doesNotContain("my badge");
    assertThat(timeline.split("Also on floor 3", -1)).hasSize(2);
    var conversation =
        TenantContext.callAs("acme", () -> conversations.of(new TicketKey(first)).orElseThrow());
    assertThat(conversation.address()).isEqualTo("C" + RUN);
    assertThat(conversation.threadReference()).isEqualTo(ts);
  }

  @Test
  void aSlackRequestWithABadSignatureIsRefused() {
    String hook =
        addAccount(
                "slack",
                "bad" + RUN,
                "{\"botToken\":\"xoxb-" + RUN + "\",\"signingSecret\":\"" + SLACK_SECRET + "\"}")
            .json()
            .path("hookPath")
            .asString();
    String body = slackEvent("Ubad" + RUN, RUN + ".000900", null, "Sneaky");
    String now = Long.toString(Instant.now().getEpochSecond());

    var response =
        hooks.post(
            hook,
            "application/json",
            body,
            Map.of("X-Slack-Request-Timestamp", now, "X-Slack-Signature", "v0=" + "0".repeat(64)));

    assertProblem(response, 401);
    assertThat(agent.get("/api/v1/contacts?q=Ubad" + RUN).json()).isEmpty();
  }

  @Test
  void theSameContactAcrossEmailAndSmsAfterAMerge() {
    String address = "dana-" + RUN + "@example.com";
    String phone = phone("3");
    mail.handle("acme", email(address, "Laptop battery swollen"));
    String hook = addSms("merge").json().path("hookPath").asString();
    sms(hook, phone, "SMd" + RUN, "Calling about the battery");
    long byMail = contactOf(address).path("id").asLong();
    long bySms = contactOf(phone).path("id").asLong();

    var merged =
        agent.post("/api/v1/contacts/" + byMail + "/merge", "{\"duplicate\":" + bySms + "}");
    sms(hook, phone, "SMe" + RUN, "Any news?");

    assertThat(merged.status()).isEqualTo(200);
    JsonNode contact = agent.get("/api/v1/contacts/" + byMail).json();
    assertThat(contact.path("identities").toString()).contains(address).contains(phone);
    List<String> channels = new ArrayList<>();
    contact.path("tickets").forEach(t -> channels.add(t.path("channel").asString()));
    assertThat(channels).containsExactlyInAnyOrder("email", "sms");
    assertThat(agent.get("/api/v1/contacts/" + bySms).json().path("id").asLong())
        .as("the duplicate answers as the survivor")
        .isEqualTo(byMail);
    assertThat(new Api(port).as("customer").get("/api/v1/contacts"))
        .satisfies(r -> assertProblem(r, 403));
    assertThat(new Api(port).signedIn("agent").get("/contacts/" + byMail).text())
        .contains(phone)
        .contains(address);
  }

  @Test
  void telegramAndTeamsMessagesRaiseTicketsForTheirContacts() {
    String telegram =
        addAccount(
                "telegram", "bot" + RUN, "{\"botToken\":\"1:x\",\"secretToken\":\"s-" + RUN + "\"}")
            .json()
            .path("hookPath")
            .asString();
    String teams =
        addAccount("teams", "it" + RUN, "{\"securityToken\":\"" + TEAMS_TOKEN + "\"}")
            .json()
            .path("hookPath")
            .asString();
    String update =
        """
        {"update_id":%s,"message":{"message_id":7,"date":1441645532,
         "from":{"id":9%s,"is_bot":false,"first_name":"Tele"},
         "chat":{"id":9%s,"type":"private"},"text":"Mail sync broken"}}
        """
            .formatted(RUN, RUN, RUN);
    String activity =
        """
        {"type":"message","id":"1%s","timestamp":"2026-11-28T10:00:00.000Z",
         "from":{"id":"29:x","name":"Tim","aadObjectId":"aad-%s"},
         "conversation":{"id":"19:c@thread.skype;messageid=1%s","conversationType":"channel"},
         "text":"<at>Desk</at> Beamer flickers"}
        """
            .formatted(RUN, RUN, RUN);
    byte[] key = Base64.getDecoder().decode(TEAMS_TOKEN);

    var fromTelegram =
        hooks.post(
            telegram,
            "application/json",
            update,
            Map.of("X-Telegram-Bot-Api-Secret-Token", "s-" + RUN));
    var fromTeams =
        hooks.post(
            teams,
            "application/json",
            activity,
            Map.of(
                "Authorization",
                "HMAC "
                    + Base64.getEncoder()
                        .encodeToString(Signatures.hmac("HmacSHA256", key, activity))));
    var refused =
        hooks.post(
            telegram, "application/json", update, Map.of("X-Telegram-Bot-Api-Secret-Token", "no"));

    assertThat(fromTelegram.status()).isEqualTo(200);
    assertThat(fromTeams.status()).isEqualTo(200);
    assertProblem(refused, 401);
    assertThat(ticketWith(contactOf("9" + RUN), "Mail sync broken")).isNotNull();
    assertThat(ticketWith(contactOf("aad-" + RUN), "Beamer flickers")).isNotNull();
  }

  private Api.Response addSms(String name) {
    return addAccount(
        "sms",
        name + RUN,
        "{\"accountSid\":\"AC"
            + RUN
            + "\",\"authToken\":\""
            + TWILIO_TOKEN
            + "\",\"fromNumber\":\"+15557122661\"}");
  }

  private Api.Response addAccount(String channel, String name, String settings) {
    return admin.post(
        "/api/v1/channels/accounts",
        "{\"channel\":\"%s\",\"name\":\"%s\",\"settings\":%s}".formatted(channel, name, settings));
  }

  private static String phone(String prefix) {
    return "+1" + prefix + "55" + String.format("%07d", Long.parseLong(RUN));
  }

  private static Map<String, String> smsForm(String from, String sid, String body) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("ToCountry", "US");
    form.put("SmsMessageSid", sid);
    form.put("NumMedia", "0");
    form.put("SmsSid", sid);
    form.put("SmsStatus", "received");
    form.put("Body", body);
    form.put("To", "+15557122661");
    form.put("NumSegments", "1");
    form.put("MessageSid", sid);
    form.put("AccountSid", "AC" + RUN);
    form.put("From", from);
    form.put("ApiVersion", "2010-04-01");
    return form;
  }

  private Api.Response sms(String hook, String from, String sid, String body) {
    Map<String, String> form = smsForm(from, sid, body);
    StringBuilder data = new StringBuilder(hooks.url(hook));
    new java.util.TreeMap<>(form).forEach((k, v) -> data.append(k).append(v));
    String signature =
        Base64.getEncoder()
            .encodeToString(
                Signatures.hmac(
                    "HmacSHA1", TWILIO_TOKEN.getBytes(StandardCharsets.UTF_8), data.toString()));
    return hooks.post(
        hook,
        "application/x-www-form-urlencoded",
        FormBody.encode(form),
        Map.of("X-Twilio-Signature", signature));
  }

  private static String slackEvent(String user, String ts, String threadTs, String text) {
    String thread = threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"";
    return """
        {"token":"XXYYZZ","team_id":"T1","api_app_id":"A1","type":"event_callback",
         "event_id":"Ev%s","event_time":1,
         "event":{"type":"message","channel":"C%s","user":"%s","text":"%s","ts":"%s"%s,
                  "channel_type":"channel"}}
        """
        .formatted(ts.replace(".", ""), RUN, user, text, ts, thread);
  }

  private Api.Response slack(String hook, String body, String retry) {
    String now = Long.toString(Instant.now().getEpochSecond());
    String signature =
        "v0="
            + HexFormat.of()
                .formatHex(
                    Signatures.hmac(
                        "HmacSHA256",
                        SLACK_SECRET.getBytes(StandardCharsets.UTF_8),
                        "v0:" + now + ":" + body));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Slack-Request-Timestamp", now);
    headers.put("X-Slack-Signature", signature);
    if (retry != null) {
      headers.put("X-Slack-Retry-Num", retry);
      headers.put("X-Slack-Retry-Reason", "http_timeout");
    }
    return hooks.post(hook, "application/json", body, headers);
  }

  private static InboundMessage email(String from, String subject) {
    return new InboundMessage(
        "email",
        from,
        "Dana",
        "support",
        "m-" + RUN + "@example.com",
        null,
        List.of(),
        subject,
        "It is getting warm.",
        null,
        List.of(),
        Instant.now(),
        Map.of(),
        new byte[0]);
  }

  private JsonNode contactOf(String identity) {
    JsonNode found = agent.get("/api/v1/contacts?q=" + identity.replace("+", "%2B")).json();
    assertThat(found).as("contacts for " + identity).hasSize(1);
    return agent.get("/api/v1/contacts/" + found.get(0).path("id").asLong()).json();
  }

  private static String ticketWith(JsonNode contact, String subject) {
    for (JsonNode ticket : contact.path("tickets")) {
      if (ticket.path("subject").asString().contains(subject)) {
        return ticket.path("key").asString();
      }
    }
    throw new AssertionError("no ticket '" + subject + "' in " + contact);
  }
}
