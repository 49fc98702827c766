package io.atumdesk.connectors.messaging;

import io.atumdesk.connectors.InboundHandlers;
import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.connectors.InboundMessageHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One channel's routes on a plain Camel context, with a handler that writes down what it got (and
 * fails on a message whose text is {@code boom}, as a database that went away would).
 */
public final class MessagingFixture implements AutoCloseable {

  public final List<InboundMessage> received = new ArrayList<>();
  public final List<String> quarantined = new ArrayList<>();
  public final List<Map<String, Object>> headersSeen = new ArrayList<>();
  public final MessagingIntake intake;
  public final ProducerTemplate producer;
  private final DefaultCamelContext camel = new DefaultCamelContext();

  public MessagingFixture(
      ChannelHook hook, Function<InboundHandlers, RouteBuilder> inbound, RouteBuilder outbound)
      throws Exception {
    InboundHandlers handlers = new InboundHandlers(List.of(new Recorder()));
    camel.addRoutes(new MessagingRouteConfiguration());
    camel.addRoutes(new MessagingDeadLetterRoute(handlers));
    camel.addRoutes(inbound.apply(handlers));
    camel.addRoutes(outbound);
    AdviceWith.adviceWith(
        camel,
        hook.channel() + "-inbound",
        route -> route.weaveAddLast().process(e -> headersSeen.add(e.getMessage().getHeaders())));
    camel.start();
    producer = camel.createProducerTemplate();
    intake = new MessagingIntake(List.of(hook), producer);
  }

  @Override
  public void close() {
    camel.stop();
  }

  private final class Recorder implements InboundMessageHandler {

    @Override
    public Set<String> channels() {
      return Set.of("sms", "slack", "teams", "telegram");
    }

    @Override
    public void handle(String tenantId, InboundMessage message) {
      if ("boom".equals(message.text())) {
        throw new IllegalStateException("database away");
      }
      received.add(message);
    }

    @Override
    public void quarantine(String tenantId, String mailbox, byte[] raw, String reason) {
      quarantined.add(
          tenantId + "|" + mailbox + "|" + reason + "|" + new String(raw, StandardCharsets.UTF_8));
    }
  }
}
