package io.atumdesk.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The admin page: dead letters listed and sent again in place with htmx; admins only. */
@IntegrationTest
class WebhookAdminPageIntegrationTests {

  @RegisterExtension
  static WireMockExtension receiver =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @LocalServerPort int port;
  @Autowired DeliverySender sender;

  @Test
  void aDeadLetterIsShownAndSentAgainInPlace() throws Exception {
    Api admin = new Api(port).as("admin");
    receiver.stubFor(post("/page").willReturn(aResponse().withStatus(404)));
    String subscription =
        admin
            .post(
                "/api/v1/webhooks/subscriptions",
                "{\"name\":\"Page receiver\",\"url\":\"http://127.0.0.1:%d/page\",\"events\":[\"ticket.raised\"]}"
                    .formatted(receiver.getPort()))
            .field("id");
    try {
      new Api(port)
          .as("agent")
          .post("/api/v1/tickets", "{\"type\":\"INCIDENT\",\"subject\":\"Page\"}");
      sender.sendDue(Instant.now());
      String id =
          admin.get("/api/v1/webhooks/deliveries?status=dead").json().get(0).path("id").asString();
      Api page = new Api(port).signedIn("admin");

      String html = page.get("/admin/webhooks").text();

      assertThat(html)
          .contains("Page receiver")
          .contains("the receiver answered 404")
          .contains("/admin/webhooks/deliveries/" + id + "/retry");
      var request =
          HttpRequest.newBuilder(
                  URI.create(
                      "http://localhost:" + port + "/admin/webhooks/deliveries/" + id + "/retry"))
              .header("HX-Request", "true")
              .POST(HttpRequest.BodyPublishers.noBody());
      page.credentials().forEach(request::header);
      var fragment =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(fragment.statusCode()).isEqualTo(200);
      assertThat(fragment.body())
          .startsWith("<section")
          .contains("Delivery " + id + " will be sent again.")
          .doesNotContain("<html");
      assertThat(admin.get("/api/v1/webhooks/deliveries/" + id).field("status"))
          .isEqualTo("PENDING");
    } finally {
      admin.delete("/api/v1/webhooks/subscriptions/" + subscription);
    }
  }

  @Test
  void onlyAdminsSeeThePage() {
    var agent = new Api(port).signedIn("agent").get("/admin/webhooks");

    assertThat(agent.status()).isEqualTo(403);
    assertThat(new Api(port).signedIn("admin").get("/admin").text()).contains("/admin/webhooks");
  }
}
