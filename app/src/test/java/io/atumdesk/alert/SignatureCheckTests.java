package io.atumdesk.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Bearer secrets and HMAC signatures of alert sources, with a fixed clock. */
class SignatureCheckTests {

  static final String SECRET = "0123456789abcdef-secret";
  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Duration WINDOW = Duration.ofMinutes(5);
  static final String BODY = "{\"fingerprint\":\"f\",\"status\":\"firing\",\"title\":\"t\"}";

  static SourceCredentials signedAt(Instant at, String body) {
    String timestamp = Long.toString(at.getEpochSecond());
    return new SourceCredentials(
        null, timestamp, "sha256=" + SignatureCheck.sign(SECRET, timestamp + "." + body));
  }

  @Test
  void acceptsTheBearerSecretInAnyCaseOfTheScheme() {
    assertThat(SignatureCheck.bearer(SECRET, "Bearer " + SECRET)).isTrue();
    assertThat(SignatureCheck.bearer(SECRET, "bearer " + SECRET)).isTrue();
  }

  @Test
  void refusesAnotherSecretOrScheme() {
    assertThat(SignatureCheck.bearer(SECRET, "Bearer " + SECRET + "x")).isFalse();
    assertThat(SignatureCheck.bearer(SECRET, "Basic " + SECRET)).isFalse();
    assertThat(SignatureCheck.bearer(SECRET, null)).isFalse();
  }

  @Test
  void acceptsASignatureWithinTheWindowOnEitherSide() {
    assertThat(SignatureCheck.signed(SECRET, signedAt(NOW, BODY), BODY, CLOCK, WINDOW)).isTrue();
    assertThat(
            SignatureCheck.signed(SECRET, signedAt(NOW.minus(WINDOW), BODY), BODY, CLOCK, WINDOW))
        .isTrue();
    assertThat(SignatureCheck.signed(SECRET, signedAt(NOW.plus(WINDOW), BODY), BODY, CLOCK, WINDOW))
        .isTrue();
  }

  @Test
  void refusesAReplayOutsideTheWindow() {
    var stale = signedAt(NOW.minus(WINDOW).minusSeconds(1), BODY);
    assertThat(SignatureCheck.signed(SECRET, stale, BODY, CLOCK, WINDOW)).isFalse();
  }

  @Test
  void refusesAChangedBodyOrTimestamp() {
    var signed = signedAt(NOW, BODY);
    assertThat(SignatureCheck.signed(SECRET, signed, BODY + " ", CLOCK, WINDOW)).isFalse();
    var otherTime =
        new SourceCredentials(null, Long.toString(NOW.getEpochSecond() + 1), signed.signature());
    assertThat(SignatureCheck.signed(SECRET, otherTime, BODY, CLOCK, WINDOW)).isFalse();
    var notANumber = new SourceCredentials(null, "soon", signed.signature());
    assertThat(SignatureCheck.signed(SECRET, notANumber, BODY, CLOCK, WINDOW)).isFalse();
  }
}
