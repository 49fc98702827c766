package io.atumdesk.connectors.messaging;

import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The way in for messaging webhooks: the channel's hook checks the request against the account's
 * secret first; only then does the body (never the request's headers) enter the channel's route.
 */
@Component
public class MessagingIntake {

  private static final Logger log = LoggerFactory.getLogger(MessagingIntake.class);

  private final List<ChannelHook> hooks;
  private final ProducerTemplate producer;

  public MessagingIntake(List<ChannelHook> hooks, ProducerTemplate producer) {
    this.hooks = List.copyOf(hooks);
    this.producer = producer;
  }

  /**
   * Takes one webhook request for an account of {@code tenantId}.
   *
   * @param settings the account's settings, secrets decrypted
   */
  public HookResult receive(
      String tenantId,
      String channel,
      String account,
      Map<String, String> settings,
      HookRequest request) {
    ChannelHook hook =
        hooks.stream()
            .filter(h -> h.channel().equals(channel))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no hook for channel " + channel));
    if (!hook.authentic(request, settings)) {
      log.warn("Refused a {} webhook for account {}: no valid signature", channel, account);
      return HookResult.unauthorized(
          "The request has no valid %s signature for this account.".formatted(channel));
    }
    return producer.requestBodyAndHeaders(
        MessagingRoutes.inbound(channel),
        request.body(),
        Map.of(MessagingRoutes.TENANT, tenantId, MessagingRoutes.ACCOUNT, account),
        HookResult.class);
  }
}
