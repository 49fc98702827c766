package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.sun.net.httpserver.HttpServer;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web chat in real browsers: a shop on another origin (a small JDK HTTP server) embeds the
 * widget with its one script tag; the visitor chats with an agent at the console, both see each
 * other type and answer live, and the agent turns the chat into a ticket whose key the visitor
 * sees. Axe checks the console and the widget inside the shop's page.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatBrowserIntegrationTests {

  @LocalServerPort int port;
  HttpServer shop;
  String widget;

  @BeforeEach
  void shopEmbedsTheWidget() throws IOException {
    shop = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    String origin = "http://localhost:" + shop.getAddress().getPort();
    var created =
        new Api(port)
            .as("admin")
            .post(
                "/api/v1/chat/widgets",
                "{\"name\": \"Shop %s\", \"allowedOrigins\": [\"%s\"], \"greeting\": \"Hi, how can we help?\"}"
                    .formatted(UUID.randomUUID(), origin));
    widget = created.field("id");
    byte[] page =
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
        <body><main><h1>The shop</h1><p>Everything for your office.</p></main>
        <script src="http://localhost:%d/assets/chat-widget.js" data-widget="%s" async></script>
        </body></html>
        """
            .formatted(port, widget)
            .getBytes(StandardCharsets.UTF_8);
    shop.createContext(
        "/",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    shop.start();
  }

  @AfterEach
  void close() {
    Browser.closeWindows();
    shop.stop(0);
  }

  private Page visitShop() {
    Page visitor = Browser.open(port);
    visitor.navigate("http://localhost:" + shop.getAddress().getPort() + "/");
    return visitor;
  }

  @Test
  @Order(1)
  void withNoAgentOnlineTheVisitorLeavesAMessage() {
    Page visitor = visitShop();
    visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chat with us")).click();
    assertThat(visitor.getByRole(AriaRole.DIALOG)).containsText("No one is online");
    visitor.getByLabel("Your e-mail").fill("ana@example.com");
    visitor.getByLabel("Your message").fill("Please call me back");
    Accessibility.assertNoViolations(visitor);
    visitor
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a message"))
        .click();
    assertThat(visitor.getByRole(AriaRole.DIALOG))
        .containsText(Pattern.compile("Your ticket is INC-\\d+"));
    visitor.keyboard().press("Escape");
    assertThat(visitor.getByRole(AriaRole.DIALOG)).isHidden();
    assertThat(
            visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chat with us")))
        .isFocused();
  }

  @Test
  @Order(2)
  void aVisitorChatsWithAnAgentWhoTurnsTheChatIntoATicket() {
    Page agent = Browser.signIn(Browser.open(port), "agent");
    agent.navigate("/chats");
    agent.waitForCondition(
        () -> "connected".equals(agent.locator("main").getAttribute("data-live")));
    Accessibility.assertNoViolations(agent);

    Page visitor = visitShop();
    visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chat with us")).click();
    assertThat(visitor.getByLabel("Your name (optional)")).isFocused();
    visitor.getByLabel("Your name (optional)").fill("Ana Visitor");
    visitor.getByLabel("Your message").fill("My printer shows <b>E42</b>");
    visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start chat")).click();
    assertThat(visitor.locator(".line.visitor")).containsText("My printer shows <b>E42</b>");
    Accessibility.assertNoViolations(visitor);

    var listed = agent.locator("#chat-list a", new Page.LocatorOptions().setHasText("Ana Visitor"));
    assertThat(listed).isVisible();
    listed.click();
    assertThat(agent.locator("#chat-messages")).containsText("My printer shows <b>E42</b>");
    agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take this chat")).click();
    assertThat(visitor.locator(".line.system")).containsText("joined the chat");
    agent.waitForCondition(
        () -> "connected".equals(agent.locator("main").getAttribute("data-live")));

    visitor.getByLabel("Your message").fill("It also beeps");
    assertThat(agent.locator("#visitor-typing")).isVisible();
    agent.getByLabel("Your answer").fill("Please unplug it");
    assertThat(visitor.locator(".typing")).containsText("is typing");
    agent
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true))
        .click();
    assertThat(visitor.locator(".line.agent")).containsText("Please unplug it");

    visitor
        .getByLabel("Send a file")
        .setInputFiles(new FilePayload("huge.txt", "text/plain", new byte[100 * 1024]));
    assertThat(visitor.getByRole(AriaRole.ALERT)).containsText("too large");

    agent
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Convert to ticket"))
        .click();
    assertThat(agent.locator("#chat-messages")).containsText("Ticket opened");
    assertThat(visitor.locator(".line.system").last())
        .containsText(Pattern.compile("Your ticket: INC-\\d+"));
    Accessibility.assertNoViolations(agent);
    Accessibility.assertNoViolations(visitor);
    assertThat(Browser.consoleErrors(agent)).isEmpty();
  }

  @Test
  @Order(3)
  void anAdminAddsAWidgetAndCopiesItsEmbedCode() {
    Page admin = Browser.signIn(Browser.open(port), "admin");
    admin.navigate("/admin");
    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Web chat")).click();
    String name = "Help desk " + UUID.randomUUID();
    admin.getByLabel("Name").fill(name);
    admin
        .getByLabel("Allowed origins (like https://shop.example), one per line")
        .fill("https://shop.example");
    admin.getByLabel("Auto-ticket rule").selectOption("AFTER_MINUTES_WITHOUT_AGENT");
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add widget")).click();
    var card = admin.locator("section", new Page.LocatorOptions().setHasText(name));
    assertThat(card).containsText("After 5 minutes without an agent");
    assertThat(card.locator("textarea"))
        .hasValue(
            Pattern.compile(
                "<script src=\"http://localhost:\\d+/assets/chat-widget.js\" data-widget=\"[\\w-]+\" async></script>"));
    Accessibility.assertNoViolations(admin);

    admin.getByLabel("Name").fill("Bad origin");
    admin
        .getByLabel("Allowed origins (like https://shop.example), one per line")
        .fill("https://shop.example/path");
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add widget")).click();
    var origins = admin.getByLabel("Allowed origins (like https://shop.example), one per line");
    assertThat(origins).hasAttribute("aria-invalid", "true");
    assertThat(admin.locator("#" + origins.getAttribute("aria-describedby")))
        .containsText("origin like https://shop.example");
    assertThat(Browser.consoleErrors(admin)).isEmpty();
  }
}
