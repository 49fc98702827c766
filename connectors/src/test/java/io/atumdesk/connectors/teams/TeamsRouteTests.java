package io.atumdesk.connectors.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.connectors.messaging.HookRequest;
import io.atumdesk.connectors.messaging.HookResult;
import io.atumdesk.connectors.messaging.MessagingFixture;
import io.atumdesk.connectors.messaging.Signatures;
import io.atumdesk.connectors.outbound.DeliveryException;
import io.atumdesk.connectors.outbound.OutboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Teams' routes: an outgoing webhook's Activity signed as Microsoft's samples sign it (HMAC-SHA256
 * of the body keyed with the Base64-decoded security token), and a channel notification posted to
 * an incoming webhook (WireMock) as an Adaptive Card.
 */
class TeamsRouteTests {

  @RegisterExtension
  static WireMockExtension teams =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  // The format of the security token Teams shows when an outgoing webhook is made.
  private static final String TOKEN = "vqF0En+Z0ucuRTM/01o2GuhMH3hKKk/N2bOmlM31zaA=";
  private static final String ACTIVITY =
      """
      {"type":"message","id":"1485983408511","timestamp":"2017-02-01T21:10:07.437Z",
       "localTimestamp":"2017-02-01T14:10:07.437-07:00",
       "serviceUrl":"https://smba.trafficmanager.net/amer-client-ss.msg/",
       "channelId":"msteams",
       "from":{"id":"29:1I9Is_Sx0OIy2rQ7Xz1lcaPKlO9eqmBRTBuW6XzkFtcjqxTjPaCMij8BVMdBcL9L_RwWNJyAHFQb0TRzXgyQvA",
               "name":"Tim Smith","aadObjectId":"f4eb1b5a-0a51-4e11-bd65-4b0b7eb2c9c8"},
       "conversation":{"isGroup":true,
         "id":"19:253b1f341670408fb6fe51050b6e5ceb@thread.skype;messageid=1485983194839",
         "name":null,"conversationType":"channel"},
       "recipient":null,"textFormat":"plain","attachmentLayout":null,"membersAdded":[],
       "membersRemoved":[],"topicName":null,"historyDisclosed":null,"locale":null,
       "text":"<at>Desk</at> the projector in room 4 is flickering",
       "attachments":[{"contentType":"text/html",
         "content":"<div><span itemscope=\\"\\" itemtype=\\"http://schema.skype.com/Mention\\" itemid=\\"0\\">Desk</span> the projector in room 4 is flickering</div>"}],
       "entities":[{"type":"clientInfo","locale":"en-US","country":"US","platform":"Web"}],
       "channelData":{"teamsChannelId":"19:253b1f341670408fb6fe51050b6e5ceb@thread.skype",
         "teamsTeamId":"19:712c61d0ef384e5fa681ba90ddf9f3f5@thread.skype",
         "channel":{"id":"19:253b1f341670408fb6fe51050b6e5ceb@thread.skype"},
         "team":{"id":"19:712c61d0ef384e5fa681ba90ddf9f3f5@thread.skype"},
         "tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"}},
       "replyToId":"1485983194839"}
      """;

  private MessagingFixture routes;
  private TeamsTransport transport;

  @BeforeEach
  void startRoutes() throws Exception {
    TeamsHook hook = new TeamsHook(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    routes = new MessagingFixture(hook, h -> new TeamsRoutes(hook, h), new TeamsOutboundRoute());
    transport = new TeamsTransport(routes.producer);
  }

  @AfterEach
  void stopRoutes() {
    routes.close();
  }

  @Test
  void takesASignedActivityAsAMessageOfItsThread() {
    HookResult result = receive(ACTIVITY, "HMAC " + sign(ACTIVITY));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body()).contains("\"type\":\"message\"");
    InboundMessage message = routes.received.get(0);
    assertThat(message.senderAddress()).isEqualTo("f4eb1b5a-0a51-4e11-bd65-4b0b7eb2c9c8");
    assertThat(message.senderName()).isEqualTo("Tim Smith");
    assertThat(message.text()).isEqualTo("the projector in room 4 is flickering");
    assertThat(message.references())
        .containsExactly(
            "19:253b1f341670408fb6fe51050b6e5ceb@thread.skype;messageid=1485983194839");
    assertThat(message.receivedAt()).isEqualTo(Instant.parse("2017-02-01T21:10:07.437Z"));
  }

  @Test
  void refusesAWrongOrMissingHmac() {
    assertThat(receive(ACTIVITY, "HMAC " + sign(ACTIVITY + " ")).status()).isEqualTo(401);
    assertThat(receive(ACTIVITY, null).status()).isEqualTo(401);
    assertThat(receive(ACTIVITY, "Bearer " + sign(ACTIVITY)).status()).isEqualTo(401);
    assertThat(routes.received).isEmpty();
  }

  @Test
  void postsAChannelNotificationAsAnAdaptiveCard() throws Exception {
    teams.stubFor(
        post(urlEqualTo("/webhookb2/incoming"))
            .willReturn(aResponse().withStatus(200).withBody("1")));

    transport.send(
        notification(), Map.of("incomingWebhookUrl", teams.baseUrl() + "/webhookb2/incoming"));

    teams.verify(
        postRequestedFor(urlEqualTo("/webhookb2/incoming"))
            .withRequestBody(
                equalToJson(
                    """
                    {"type":"message","attachments":[{
                      "contentType":"application/vnd.microsoft.card.adaptive",
                      "content":{"$schema":"http://adaptivecards.io/schemas/adaptive-card.json",
                        "type":"AdaptiveCard","version":"1.4","body":[
                          {"type":"TextBlock","text":"INC-000042 resolved","weight":"Bolder",
                           "size":"Medium","wrap":true},
                          {"type":"TextBlock","text":"The projector was replaced.","wrap":true}]}}]}
                    """)));
  }

  @Test
  void mapsWebhookErrorsToPermanentOrTemporary() {
    assertThat(failureOn(400, "Bad payload received by generic incoming webhook.").permanent())
        .isTrue();
    assertThat(failureOn(429, "Too many requests").permanent()).isFalse();
    assertThat(failureOn(502, "Bad gateway").permanent()).isFalse();
  }

  private DeliveryException failureOn(int status, String body) {
    teams.resetAll();
    teams.stubFor(
        post(urlEqualTo("/webhookb2/incoming"))
            .willReturn(aResponse().withStatus(status).withBody(body)));
    return catchThrowableOfType(
        DeliveryException.class,
        () ->
            transport.send(
                notification(),
                Map.of("incomingWebhookUrl", teams.baseUrl() + "/webhookb2/incoming")));
  }

  private static OutboundMessage notification() {
    return new OutboundMessage(
        "teams",
        "it-channel",
        null,
        null,
        "INC-000042 resolved",
        "The projector was replaced.",
        null,
        Map.of(),
        List.of());
  }

  private static String sign(String body) {
    return Base64.getEncoder()
        .encodeToString(Signatures.hmac("HmacSHA256", Base64.getDecoder().decode(TOKEN), body));
  }

  private HookResult receive(String body, String authorization) {
    Map<String, String> headers =
        authorization == null ? Map.of() : Map.of("authorization", authorization);
    return routes.intake.receive(
        "acme",
        "teams",
        "it-channel",
        Map.of("securityToken", TOKEN),
        new HookRequest("https://desk.example/api/v1/hooks/teams/k", headers, body));
  }
}
