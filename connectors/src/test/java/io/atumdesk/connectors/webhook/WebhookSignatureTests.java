package io.atumdesk.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The signature scheme both directions share, against a fixed clock. */
class WebhookSignatureTests {

  static final Instant NOW = Instant.parse("2026-11-28T21:00:00Z");
  static final Duration WINDOW = Duration.ofMinutes(5);
  static final String BODY = "{\"a\":1}";

  @Test
  void signsTheTimestampAndBodyAndVerifiesWithinTheWindow() {
    String header = WebhookSignature.header("s3cret", NOW, BODY);

    assertThat(header)
        .isEqualTo("t=1795899600,v1=" + WebhookSignature.hmac("s3cret", "1795899600." + BODY));
    assertThat(WebhookSignature.verify("s3cret", header, BODY, NOW.plusSeconds(299), WINDOW))
        .isTrue();
  }

  @Test
  void refusesAnotherSecretAnotherBodyAndAStaleOrFutureTimestamp() {
    String header = WebhookSignature.header("s3cret", NOW, BODY);

    assertThat(WebhookSignature.verify("other", header, BODY, NOW, WINDOW)).isFalse();
    assertThat(WebhookSignature.verify("s3cret", header, BODY + " ", NOW, WINDOW)).isFalse();
    assertThat(WebhookSignature.verify("s3cret", header, BODY, NOW.plusSeconds(301), WINDOW))
        .isFalse();
    assertThat(WebhookSignature.verify("s3cret", header, BODY, NOW.minusSeconds(301), WINDOW))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "v1=abc", "t=1795899600", "t=abc,v1=00", "t=-5,v1=00", "sha256=00"})
  void refusesMalformedHeaders(String header) {
    assertThat(WebhookSignature.verify("s3cret", header, BODY, NOW, WINDOW)).isFalse();
  }
}
