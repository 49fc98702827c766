package io.atumdesk.connectors.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The alert routes on a plain Camel context, with a receiver that writes down what it got. */
class AlertRouteTests {

  private static final String FIRING =
      """
      {"version":"4","status":"firing","alerts":[
        {"status":"firing","labels":{"alertname":"DiskFull","severity":"critical"},
         "annotations":{"summary":"Disk full"},"generatorURL":"http://prom/graph",
         "fingerprint":"a1"},
        {"status":"resolved","labels":{"alertname":"CpuHot"},"annotations":{},
         "fingerprint":"b2"}]}
      """;

  private final List<InboundAlert> received = new ArrayList<>();
  private final List<String> deadLetters = new ArrayList<>();
  private final List<Map<String, Object>> headersSeen = new ArrayList<>();
  private DefaultCamelContext camel;
  private AlertIntake intake;

  @BeforeEach
  void startRoutes() throws Exception {
    AlertReceiver receiver =
        new AlertReceiver() {
          @Override
          public void receive(InboundAlert alert) {
            if (alert.fingerprint().equals("boom")) {
              throw new IllegalStateException("database away");
            }
            received.add(alert);
          }

          @Override
          public void deadLetter(String sourceId, String payload, String reason) {
            deadLetters.add(sourceId + ": " + reason);
          }
        };
    camel = new DefaultCamelContext();
    camel.addRoutes(new AlertRouteConfiguration());
    camel.addRoutes(new AlertRoutes(receiver));
    AdviceWith.adviceWith(
        camel,
        "alerts-deliver",
        route -> route.weaveAddFirst().process(e -> headersSeen.add(e.getMessage().getHeaders())));
    camel.start();
    intake = new AlertIntake(camel.createProducerTemplate());
  }

  @AfterEach
  void stopRoutes() {
    camel.stop();
  }

  @Test
  void normalisesEveryAlertOfAnAlertmanagerDelivery() {
    IntakeResult result = intake.receive("prod", AlertFormat.ALERTMANAGER, FIRING);

    assertThat(result).isEqualTo(new IntakeResult(2, null));
    assertThat(received)
        .extracting(InboundAlert::fingerprint, InboundAlert::firing, InboundAlert::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a1", true, "Disk full"),
            org.assertj.core.groups.Tuple.tuple("b2", false, "CpuHot"));
    assertThat(received.get(0).severity()).isEqualTo("critical");
    assertThat(received.get(0).link()).isEqualTo("http://prom/graph");
  }

  @Test
  void keepsAnUnreadablePayloadAsADeadLetterWithItsReason() {
    IntakeResult result = intake.receive("prod", AlertFormat.ALERTMANAGER, "{\"version\":\"3\"}");

    assertThat(result.deadLettered()).isTrue();
    assertThat(result.deadLetterReason()).contains("version 3 is not supported");
    assertThat(deadLetters).containsExactly("prod: " + result.deadLetterReason());
    assertThat(received).isEmpty();
  }

  @Test
  void oneFailingAlertBecomesOneDeadLetterAndTheOthersArrive() {
    String payload =
        """
        {"version":"4","alerts":[
          {"status":"firing","labels":{"alertname":"A"},"fingerprint":"boom"},
          {"status":"firing","labels":{"alertname":"B"},"fingerprint":"ok"}]}
        """;

    intake.receive("prod", AlertFormat.ALERTMANAGER, payload);

    assertThat(deadLetters).containsExactly("prod: database away");
    assertThat(received).extracting(InboundAlert::fingerprint).containsExactly("ok");
  }

  @Test
  void headersFromOutsideInAnyCaseNeverReachTheRoute() {
    Map<String, Object> injected = new HashMap<>();
    injected.put(AlertRoutes.SOURCE, "prod");
    injected.put(AlertRoutes.FORMAT, "GENERIC");
    injected.put("CamelExecCommandExecutable", "touch");
    injected.put("cAmElExecCommandArgs", "/tmp/owned");
    injected.put("cAmElHttpUri", "http://169.254.169.254/");
    injected.put("camelhttpmethod", "DELETE");

    camel
        .createProducerTemplate()
        .requestBodyAndHeaders(
            AlertRoutes.INBOUND,
            "{\"fingerprint\":\"g1\",\"status\":\"firing\",\"title\":\"Queue stuck\"}",
            injected);

    assertThat(received).extracting(InboundAlert::fingerprint).containsExactly("g1");
    assertThat(headersSeen).hasSize(1);
    assertThat(headersSeen.get(0).keySet())
        .allSatisfy(name -> assertThat(name.toLowerCase()).doesNotStartWith("camel"))
        .contains(AlertRoutes.SOURCE, AlertRoutes.FORMAT);
  }
}
