package io.atumdesk.connectors.outbound;

import java.util.Map;

/**
 * Sends messages on one channel. One bean per channel; app's outbox picks it by {@link #channel}.
 */
public interface OutboundTransport {

  /** The channel this transport serves, as in {@link OutboundMessage#channel()}. */
  String channel();

  /**
   * Sends one message with the sending account's settings (secrets already decrypted) and returns
   * the channel's id for it.
   *
   * @throws DeliveryException when it was not sent; {@link DeliveryException#permanent()} says
   *     whether trying again could help
   */
  String send(OutboundMessage message, Map<String, String> account) throws DeliveryException;
}
