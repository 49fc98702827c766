package io.atumdesk.connectors.messaging;

import io.atumdesk.connectors.outbound.DeliveryException;
import io.atumdesk.connectors.outbound.OutboundMessage;
import java.util.Map;

/** One provider's sending call, as a channel's outbound route makes it. */
public interface ChannelApi {

  /** Sends and returns the provider's id for the message. */
  String send(OutboundMessage message, Map<String, String> settings) throws DeliveryException;
}
