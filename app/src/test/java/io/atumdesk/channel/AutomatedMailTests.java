package io.atumdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.connectors.InboundMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutomatedMailTests {

  @Test
  void recognisesAutoRepliesBulkMailAndBounces() {
    assertThat(AutomatedMail.is(mail("carla@x.example", Map.of("auto-submitted", "auto-replied"))))
        .isTrue();
    assertThat(AutomatedMail.is(mail("carla@x.example", Map.of("precedence", "bulk")))).isTrue();
    assertThat(AutomatedMail.is(mail("carla@x.example", Map.of("precedence", "list")))).isTrue();
    assertThat(AutomatedMail.is(mail("carla@x.example", Map.of("x-autoreply", "yes")))).isTrue();
    assertThat(AutomatedMail.is(mail("carla@x.example", Map.of("x-autorespond", "1")))).isTrue();
    assertThat(AutomatedMail.is(mail("MAILER-DAEMON@mx.example".toLowerCase(), Map.of()))).isTrue();
    assertThat(AutomatedMail.is(mail("postmaster@mx.example", Map.of()))).isTrue();
  }

  @Test
  void takesMailFromPeopleAsWritten() {
    assertThat(AutomatedMail.is(mail("carla@x.example", Map.of("auto-submitted", "no")))).isFalse();
    assertThat(AutomatedMail.is(mail("carla@x.example", Map.of("precedence", "normal")))).isFalse();
    assertThat(AutomatedMail.is(mail("daemon-fan@x.example", Map.of()))).isFalse();
  }

  private static InboundMessage mail(String sender, Map<String, String> headers) {
    return new InboundMessage(
        "email",
        sender,
        null,
        "support",
        "id@x",
        null,
        List.of(),
        "s",
        "t",
        null,
        List.of(),
        Instant.EPOCH,
        headers,
        new byte[0]);
  }
}
