package io.atumdesk.connectors.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.connectors.messaging.FormBody;
import io.atumdesk.connectors.messaging.HookRequest;
import io.atumdesk.connectors.messaging.HookResult;
import io.atumdesk.connectors.messaging.MessagingFixture;
import io.atumdesk.connectors.outbound.DeliveryException;
import io.atumdesk.connectors.outbound.OutboundMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SMS routes with Twilio's documented wire formats: the request-validation example of Twilio's
 * security docs, the messaging webhook's form fields, and the Messages resource answered by
 * WireMock with Twilio's JSON (201 with the message, errors with code and message).
 */
class SmsRouteTests {

  @RegisterExtension
  static WireMockExtension twilio =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String TOKEN = "twilio-auth-token";
  private static final String URL = "https://desk.example/api/v1/hooks/sms/k1";
  private static final String WEBHOOK =
      "ToCountry=US&ToState=CA&SmsMessageSid=SM1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d&NumMedia=0"
          + "&ToCity=&FromZip=&SmsSid=SM1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d&FromState=CA"
          + "&SmsStatus=received&FromCity=&Body=My+laptop+will+not+boot&FromCountry=US"
          + "&To=%2B15557122661&ToZip=&NumSegments=1&MessageSid=SM1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d"
          + "&AccountSid=ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&From=%2B15017122661&ApiVersion=2010-04-01";
  private static final String SID = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  private static final String MESSAGES = "/2010-04-01/Accounts/" + SID + "/Messages.json";

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
  private MessagingFixture routes;
  private SmsTransport transport;

  @BeforeEach
  void startRoutes() throws Exception {
    SmsHook hook = new SmsHook(clock);
    routes = new MessagingFixture(hook, h -> new SmsRoutes(hook, h), new SmsOutboundRoute());
    transport = new SmsTransport(routes.producer);
  }

  @AfterEach
  void stopRoutes() {
    routes.close();
  }

  @Test
  void signsLikeTwiliosDocumentedExample() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("CallSid", "CA1234567890ABCDE");
    params.put("Caller", "+12349013030");
    params.put("Digits", "1234");
    params.put("From", "+12349013030");
    params.put("To", "+18005551212");

    assertThat(SmsHook.sign("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", params))
        .isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
  }

  @Test
  void takesASignedWebhookAndAnswersWithEmptyTwiml() {
    HookResult result = receive(WEBHOOK, SmsHook.sign(TOKEN, URL, FormBody.parse(WEBHOOK)));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.contentType()).isEqualTo("text/xml");
    assertThat(result.body()).isEqualTo(SmsHook.EMPTY_TWIML);
    InboundMessage message = routes.received.get(0);
    assertThat(message.senderAddress()).isEqualTo("+15017122661");
    assertThat(message.messageId()).isEqualTo("SM1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d");
    assertThat(message.text()).isEqualTo("My laptop will not boot");
    assertThat(message.references()).containsExactly("+15017122661");
    assertThat(message.header(InboundMessage.REPLY_ADDRESS)).isEqualTo("+15017122661");
  }

  @Test
  void refusesAForgedOrMissingSignature() {
    String forged = SmsHook.sign("another-token", URL, FormBody.parse(WEBHOOK));

    assertThat(receive(WEBHOOK, forged).status()).isEqualTo(401);
    assertThat(receive(WEBHOOK, null).status()).isEqualTo(401);
    String tampered = WEBHOOK.replace("not+boot", "boot");
    String signedOriginal = SmsHook.sign(TOKEN, URL, FormBody.parse(WEBHOOK));
    assertThat(receive(tampered, signedOriginal).status()).isEqualTo(401);
    assertThat(routes.received).isEmpty();
  }

  @Test
  void namesMediaByTheirUrls() {
    String withMedia =
        WEBHOOK.replace(
            "NumMedia=0",
            "NumMedia=1&MediaContentType0=image%2Fjpeg"
                + "&MediaUrl0=https%3A%2F%2Fapi.twilio.com%2F2010-04-01%2FAccounts%2FAC1%2FMessages%2FMM1%2FMedia%2FME1");

    receive(withMedia, SmsHook.sign(TOKEN, URL, FormBody.parse(withMedia)));

    assertThat(routes.received.get(0).text())
        .contains("[media: image/jpeg https://api.twilio.com/");
  }

  @Test
  void sendsThroughTheMessagesResourceWithBasicAuth() throws Exception {
    twilio.stubFor(
        post(urlEqualTo(MESSAGES)).willReturn(created("SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")));

    String sid = transport.send(text("+15558675310"), settings(1));

    assertThat(sid).isEqualTo("SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
    String basic =
        Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
    twilio.verify(
        postRequestedFor(urlEqualTo(MESSAGES))
            .withHeader("Authorization", equalTo("Basic " + basic))
            .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
            .withRequestBody(
                equalTo("To=%2B15558675310&From=%2B15557122661&Body=Your+laptop+is+ready")));
  }

  @Test
  void mapsTwiliosErrorsToPermanentOrTemporary() {
    assertThat(
            failureOn(
                    400,
                    "{\"code\":21211,\"message\":\"Invalid 'To' Phone Number\","
                        + "\"more_info\":\"https://www.twilio.com/docs/errors/21211\",\"status\":400}")
                .permanent())
        .isTrue();
    assertThat(
            failureOn(
                    401,
                    "{\"code\":20003,\"message\":\"Authenticate\","
                        + "\"more_info\":\"https://www.twilio.com/docs/errors/20003\",\"status\":401}")
                .permanent())
        .isTrue();
    assertThat(
            failureOn(
                    429,
                    "{\"code\":20429,\"message\":\"Too Many Requests\","
                        + "\"more_info\":\"https://www.twilio.com/docs/errors/20429\",\"status\":429}")
                .permanent())
        .isFalse();
    assertThat(failureOn(503, "Service Unavailable").permanent()).isFalse();
  }

  @Test
  void keepsTheAccountsRateLimitAcrossSends() throws DeliveryException {
    twilio.stubFor(
        post(urlEqualTo(MESSAGES)).willReturn(created("SMcccccccccccccccccccccccccccccccc")));

    long started = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      transport.send(text("+1555867531" + i), settings(2));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    twilio.verify(5, postRequestedFor(urlEqualTo(MESSAGES)));
    assertThat(took)
        .as("5 messages at 2 per second need two more seconds")
        .isGreaterThan(Duration.ofMillis(1900));
  }

  private DeliveryException failureOn(int status, String body) {
    twilio.resetAll();
    twilio.stubFor(
        post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(status).withBody(body)));
    return catchThrowableOfType(
        DeliveryException.class, () -> transport.send(text("+15558675310"), settings(100)));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(
      String sid) {
    return aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody(
            """
            {"account_sid":"%s","api_version":"2010-04-01","body":"Your laptop is ready",
             "date_created":"Thu, 24 Aug 2023 05:01:45 +0000","date_sent":null,
             "date_updated":"Thu, 24 Aug 2023 05:01:45 +0000","direction":"outbound-api",
             "error_code":null,"error_message":null,"from":"+15557122661",
             "messaging_service_sid":null,"num_media":"0","num_segments":"1","price":null,
             "price_unit":null,"sid":"%s","status":"queued",
             "subresource_uris":{"media":"/2010-04-01/Accounts/%s/Messages/%s/Media.json"},
             "to":"+15558675310","uri":"/2010-04-01/Accounts/%s/Messages/%s.json"}
            """
                .formatted(SID, sid, SID, sid, SID, sid));
  }

  private Map<String, String> settings(int perSecond) {
    return Map.of(
        "accountSid",
        SID,
        "authToken",
        TOKEN,
        "fromNumber",
        "+15557122661",
        "messagesPerSecond",
        String.valueOf(perSecond),
        "apiBaseUrl",
        twilio.baseUrl());
  }

  private static OutboundMessage text(String to) {
    return new OutboundMessage(
        "sms", "main-number", to, null, null, "Your laptop is ready", null, Map.of(), List.of());
  }

  private HookResult receive(String body, String signature) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (signature != null) {
      headers.put("x-twilio-signature", signature);
    }
    return routes.intake.receive(
        "acme",
        "sms",
        "main-number",
        Map.of("authToken", TOKEN),
        new HookRequest(URL, headers, body));
  }
}
