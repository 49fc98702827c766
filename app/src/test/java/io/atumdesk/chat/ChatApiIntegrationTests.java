package io.atumdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.channel.Conversations;
import io.atumdesk.connectors.outbound.DeliveryException;
import io.atumdesk.connectors.outbound.OutboundMessage;
import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The web chat over real HTTP: widgets, a visitor's chat with its token, CORS per widget, files
 * through the attachment checks, the agent's side, conversion to a ticket, the rules with a moved
 * clock, and delivery of ticket replies into the chat.
 */
@IntegrationTest
class ChatApiIntegrationTests {

  static final String SHOP = "https://shop.example";
  static final Actor AGENT = new Actor("agent", "acme", Set.of(Role.AGENT), Set.of());

  @LocalServerPort int port;
  @Autowired AgentChats agents;
  @Autowired WidgetAdministration widgets;
  @Autowired ChatRules rules;
  @Autowired ChatTransport transport;
  @Autowired Conversations conversations;
  @Autowired ChatConversations chatConversations;

  Api admin;
  String widget;

  @BeforeEach
  void widget() {
    admin = new Api(port).as("admin");
    widget = createWidget("NONE", 5);
  }

  String createWidget(String rule, int minutes) {
    var created =
        admin.post(
            "/api/v1/chat/widgets",
            """
            {"name": "Shop %s", "allowedOrigins": ["%s"], "greeting": "Hello!",
             "autoTicket": "%s", "autoTicketMinutes": %d}
            """
                .formatted(UUID.randomUUID(), SHOP, rule, minutes));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.field("id");
  }

  @Test
  void adminsManageWidgetsAndOthersMayNot() {
    assertThat(admin.get("/api/v1/chat/widgets").json().findValuesAsString("id")).contains(widget);
    assertThat(new Api(port).as("agent").get("/api/v1/chat/widgets").status()).isEqualTo(403);
    var badOrigin =
        admin.post(
            "/api/v1/chat/widgets",
            "{\"name\": \"Bad\", \"allowedOrigins\": [\"https://shop.example/path\"]}");
    assertThat(badOrigin.status()).isEqualTo(400);
    assertThat(badOrigin.text()).contains("origin like https://shop.example");
  }

  @Test
  void aVisitorStartsAChatAndNeedsItsTokenAfterwards() {
    var info = new ChatVisitor(port, widget).send("GET", "/chat/" + widget, null, null);
    assertThat(info.json().path("greeting").asString()).isEqualTo("Hello!");

    ChatVisitor visitor = new ChatVisitor(port, widget).start("Ana", "ana@example.com", "Hi there");
    assertThat(visitor.token()).hasSizeGreaterThan(40);
    assertThat(visitor.state().json().path("messages").get(0).path("text").asString())
        .isEqualTo("Hi there");

    var without = visitor.send("GET", visitor.chat(), null, null);
    assertThat(without.status()).isEqualTo(401);
    assertThat(without.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(without.header("Content-Type")).contains("application/problem+json");
    assertThat(visitor.send("GET", visitor.chat(), null, "wrong-token").status()).isEqualTo(401);
    assertThat(
            visitor
                .send("POST", visitor.chat() + "/messages", "{\"text\":\"x\"}", "wrong")
                .status())
        .isEqualTo(401);
    assertThat(visitor.write(" ").status()).isEqualTo(400);
    assertThat(
            new ChatVisitor(port, "no-such-widget")
                .send("GET", "/chat/no-such-widget", null, null)
                .status())
        .isEqualTo(404);
  }

  @Test
  void anotherTenantsWidgetAndChatsAreInvisible() {
    String globexWidget =
        TenantContext.callAs(
            "globex",
            () ->
                widgets
                    .create(
                        Actor.system("globex"),
                        new WidgetSettings(
                            "Globex " + UUID.randomUUID(), List.of(SHOP), null, null, null, null))
                    .id());
    assertThat(admin.get("/api/v1/chat/widgets/" + globexWidget).status()).isEqualTo(404);

    ChatVisitor acmeVisitor = new ChatVisitor(port, widget).start(null, null, "acme question");
    ChatVisitor throughGlobex = new ChatVisitor(port, globexWidget);
    throughGlobex.conversation = acmeVisitor.conversation;
    throughGlobex.token = acmeVisitor.token;
    assertThat(throughGlobex.state().status()).isEqualTo(404);

    TenantContext.runAs(
        "globex",
        () ->
            assertThatThrownBy(
                    () ->
                        agents.get(
                            new Actor("agent2", "globex", Set.of(Role.AGENT), Set.of()),
                            acmeVisitor.conversation))
                .hasMessageContaining("not found"));
    TenantContext.runAs(
        "globex",
        () ->
            assertThat(
                    agents
                        .open(new Actor("agent2", "globex", Set.of(Role.AGENT), Set.of()))
                        .stream()
                        .map(ConversationView::id))
                .doesNotContain(acmeVisitor.conversation));
  }

  @Test
  void corsAllowsOnlyTheWidgetsOrigins() {
    ChatVisitor visitor = new ChatVisitor(port, widget);
    Map<String, String> preflight =
        Map.of(
            "Access-Control-Request-Method", "POST",
            "Access-Control-Request-Headers", "authorization,content-type");
    var allowed =
        visitor.send(
            "OPTIONS", "/chat/" + widget + "/conversations", null, null, with(preflight, SHOP));
    assertThat(allowed.status()).isEqualTo(200);
    assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(SHOP);
    assertThat(allowed.header("Access-Control-Allow-Headers"))
        .containsIgnoringCase("authorization");
    assertThat(allowed.header("Access-Control-Allow-Credentials")).isNull();

    var refused =
        visitor.send(
            "OPTIONS",
            "/chat/" + widget + "/conversations",
            null,
            null,
            with(preflight, "https://evil.example"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Access-Control-Allow-Origin")).isNull();

    var simpleFromElsewhere =
        visitor.send(
            "GET", "/chat/" + widget, null, null, Map.of("Origin", "https://evil.example"));
    assertThat(simpleFromElsewhere.status()).isEqualTo(403);
    var simpleFromShop = visitor.send("GET", "/chat/" + widget, null, null, Map.of("Origin", SHOP));
    assertThat(simpleFromShop.header("Access-Control-Allow-Origin")).isEqualTo(SHOP);
  }

  private static Map<String, String> with(Map<String, String> headers, String origin) {
    var all = new java.util.HashMap<>(headers);
    all.put("Origin", origin);
    return all;
  }

  @Test
  void filesGoThroughTheAttachmentChecks() {
    ChatVisitor visitor = new ChatVisitor(port, widget).start(null, null, "see the file");
    byte[] text = "just some notes\n".getBytes(StandardCharsets.UTF_8);
    var kept = visitor.upload("notes.txt", text);
    assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
    assertThat(kept.json().path("file").path("quarantineReason").isNull()).isTrue();
    long keptId = kept.json().path("file").path("id").asLong();
    var download = visitor.send("GET", visitor.chat() + "/files/" + keptId, null, visitor.token);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.text()).isEqualTo("just some notes\n");
    assertThat(download.header("Content-Disposition")).startsWith("attachment");

    var disguised =
        visitor.upload(
            "invoice.pdf",
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(disguised.status()).isEqualTo(201);
    assertThat(disguised.json().path("file").path("quarantineReason").asString())
        .contains("quarantine");
    long disguisedId = disguised.json().path("file").path("id").asLong();
    assertThat(
            visitor
                .send("GET", visitor.chat() + "/files/" + disguisedId, null, visitor.token)
                .status())
        .isEqualTo(404);

    var tooLarge = visitor.upload("big.txt", new byte[70 * 1024]);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.text()).contains("larger than");
    assertThat(visitor.upload("empty.txt", new byte[0]).status()).isEqualTo(400);
  }

  @Test
  void theVisitorHearsTheAgentLiveAndTheAgentConvertsTheChat() {
    ChatVisitor visitor =
        new ChatVisitor(port, widget).start("Ana", "ana@example.com", "My printer <b>burns</b>");
    assertThat(ChatVisitor.Events.open(port, visitor.chat() + "/events?ticket=forged").status())
        .isEqualTo(401);
    try (var events = visitor.events()) {
      assertThat(events.status()).isEqualTo(200);
      TenantContext.runAs("acme", () -> agents.take(AGENT, visitor.conversation));
      assertThat(events.next("agent-joined").data().path("name").asString()).isNotBlank();
      TenantContext.runAs("acme", () -> agents.typing(AGENT, visitor.conversation));
      assertThat(events.next("typing").data().path("name").asString()).isNotBlank();
      TenantContext.runAs("acme", () -> agents.reply(AGENT, visitor.conversation, "Unplug it"));
      JsonNode line = events.next("message").data();
      while (!"agent".equals(line.path("author").asString())) {
        line = events.next("message").data();
      }
      assertThat(line.path("text").asString()).isEqualTo("Unplug it");

      TicketKey key =
          TenantContext.callAs(
              "acme", () -> agents.convert(AGENT, visitor.conversation, TicketType.INCIDENT));
      assertThat(events.next("converted").data().path("ticket").asString()).isEqualTo(key.value());

      JsonNode ticket = new Api(port).as("agent").get("/api/v1/tickets/" + key.value()).json();
      assertThat(ticket.path("requester").asString()).isEqualTo("ana@example.com");
      assertThat(ticket.path("subject").asString()).startsWith("Chat with Ana: My printer");
      assertThat(ticket.path("description").asString())
          .contains("Ana: My printer <b>burns</b>")
          .contains(": Unplug it");
      var timeline = new Api(port).as("agent").get("/api/v1/tickets/" + key.value() + "/timeline");
      assertThat(timeline.text()).contains("Raised from web chat").contains("by ");

      var conversation = TenantContext.callAs("acme", () -> conversations.of(key)).orElseThrow();
      assertThat(conversation.channel()).isEqualTo("chat");
      assertThat(conversation.account()).isEqualTo(widget);
      assertThat(conversation.threadReference()).isEqualTo(visitor.conversation);
      assertThat(visitor.state().json().path("ticket").asString()).isEqualTo(key.value());
      assertThatThrownBy(
              () ->
                  TenantContext.runAs(
                      "acme",
                      () -> agents.convert(AGENT, visitor.conversation, TicketType.INCIDENT)))
          .hasMessageContaining("already");
    }
  }

  @Test
  void aConvertedChatKeepsFillingItsTicketWithLinesAndFiles() {
    ChatVisitor visitor =
        new ChatVisitor(port, widget).start("Bo", "bo@example.com", "The scanner jams");
    uploaded(visitor.upload("before.txt", bytes("scanned before\n")));
    var disguised = visitor.upload("fake.pdf", bytes("<html><script>x()</script></html>"));
    assertThat(disguised.json().path("file").path("quarantineReason").isNull()).isFalse();
    TicketKey key =
        TenantContext.callAs(
            "acme", () -> agents.convert(AGENT, visitor.conversation, TicketType.INCIDENT));

    assertThat(visitor.write("Now it smokes").status()).isEqualTo(201);
    uploaded(visitor.upload("after.txt", bytes("scanned after\n")));
    TenantContext.runAs("acme", () -> agents.reply(AGENT, visitor.conversation, "Switch it off"));
    TenantContext.runAs(
        "acme", () -> agents.upload(AGENT, visitor.conversation, "steps.txt", bytes("1. off\n")));

    Api agent = new Api(port).as("agent");
    JsonNode timeline = agent.get("/api/v1/tickets/" + key.value() + "/timeline").json();
    assertThat(timeline.valueStream().toList())
        .anySatisfy(
            entry -> {
              assertThat(entry.path("kind").asString()).isEqualTo("REPLY");
              assertThat(entry.path("actor").asString()).isEqualTo("bo@example.com");
              assertThat(entry.path("body").asString()).isEqualTo("Now it smokes");
            })
        .anySatisfy(
            entry -> assertThat(entry.toString()).contains("Wrote in the chat: Switch it off"));
    JsonNode files = agent.get("/api/v1/tickets/" + key.value() + "/attachments").json();
    assertThat(files.valueStream().map(f -> f.path("filename").asString()).toList())
        .containsExactly("before.txt", "after.txt", "steps.txt");
    assertThat(visitor.state().text().split("Now it smokes", -1)).hasSize(2);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void uploaded(Api.Response uploaded) {
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
  }

  @Test
  void theChatTransportDeliversTicketRepliesIntoTheChat() throws Exception {
    ChatVisitor visitor = new ChatVisitor(port, widget).start(null, null, "anyone?");
    String address = visitorOf(visitor);
    String id =
        transport.send(
            new OutboundMessage(
                "chat",
                widget,
                address,
                visitor.conversation,
                "Re: anyone?",
                "Yes, here.",
                null,
                Map.of(),
                List.of()),
            Map.of());
    assertThat(id).startsWith("chat-message-");
    assertThat(visitor.state().text()).contains("Yes, here.");

    assertThatThrownBy(
            () ->
                transport.send(
                    new OutboundMessage(
                        "chat",
                        widget,
                        address,
                        "no-such-chat",
                        "s",
                        "t",
                        null,
                        Map.of(),
                        List.of()),
                    Map.of()))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isTrue());
  }

  /** The visitor id the chat's Conversation names as the address replies go to. */
  private String visitorOf(ChatVisitor visitor) {
    return TenantContext.callAs(
        "acme",
        () -> chatConversations.findByPublicId(visitor.conversation).orElseThrow().visitor().id());
  }

  @Test
  void aWidgetsRuleConvertsAChatNoAgentTookInTime() {
    String timed = createWidget("AFTER_MINUTES_WITHOUT_AGENT", 5);
    ChatVisitor visitor = new ChatVisitor(port, timed).start(null, null, "hello?");
    Instant now = Instant.now();
    rules.apply(now.plusSeconds(4 * 60));
    assertThat(visitor.state().json().path("ticket").isNull()).isTrue();

    rules.apply(now.plusSeconds(6 * 60));
    String key = visitor.state().json().path("ticket").asString();
    assertThat(key).startsWith("INC-");
    var timeline = new Api(port).as("agent").get("/api/v1/tickets/" + key + "/timeline");
    assertThat(timeline.text()).contains("by the widget's rule: no agent within 5 minutes");
  }

  @Test
  void aWidgetsRuleConvertsAChatTheVisitorLeftUnanswered() {
    String onLeave = createWidget("ON_VISITOR_LEAVES_UNANSWERED", 5);
    ChatVisitor answered = new ChatVisitor(port, onLeave).start(null, null, "first");
    ChatVisitor unanswered = new ChatVisitor(port, onLeave).start(null, null, "second");
    TenantContext.runAs("acme", () -> agents.reply(AGENT, answered.conversation, "Hello"));
    for (ChatVisitor visitor : List.of(answered, unanswered)) {
      assertThat(visitor.send("POST", visitor.chat() + "/leave", null, visitor.token).status())
          .isEqualTo(204);
    }
    rules.apply(Instant.now().plusSeconds(2 * 60));
    assertThat(answered.state().json().path("ticket").isNull()).isTrue();
    String key = unanswered.state().json().path("ticket").asString();
    assertThat(new Api(port).as("agent").get("/api/v1/tickets/" + key + "/timeline").text())
        .contains("the visitor left unanswered");
  }

  @Test
  void anAlwaysWidgetMakesEveryChatATicketAtOnce() {
    String always = createWidget("ALWAYS", 5);
    ChatVisitor visitor = new ChatVisitor(port, always).start("Bo", null, "order 4711 is late");
    assertThat(visitor.state().json().path("ticket").asString()).startsWith("INC-");
  }

  @Test
  void tooManyMessagesFromOneChatAreRefusedForAMinute() {
    ChatVisitor visitor = new ChatVisitor(port, widget).start(null, null, "flood");
    Api.Response last = null;
    for (int i = 0; i < 31 && (last == null || last.status() == 201); i++) {
      last = visitor.write("line " + i);
    }
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.header("Retry-After")).isNotNull();
  }

  @Test
  void offlineVisitorsLeaveAMessageThatBecomesATicket() {
    var left =
        new ChatVisitor(port, widget)
            .send(
                "POST",
                "/chat/" + widget + "/offline-messages",
                "{\"name\":\"Cy\",\"email\":\"cy@example.com\",\"text\":\"Call me back\"}",
                null);
    assertThat(left.status()).isEqualTo(201);
    JsonNode ticket =
        new Api(port).as("agent").get("/api/v1/tickets/" + left.field("ticket")).json();
    assertThat(ticket.path("requester").asString()).isEqualTo("cy@example.com");
    var withoutEmail =
        new ChatVisitor(port, widget)
            .send("POST", "/chat/" + widget + "/offline-messages", "{\"text\":\"hi\"}", null);
    assertThat(withoutEmail.status()).isEqualTo(400);
  }
}
