package io.atumdesk.connectors.messaging;

import io.atumdesk.connectors.InboundMessage;
import java.util.List;
import java.util.Map;

/** One channel's webhook: who may call it, and what its payloads mean. */
public interface ChannelHook {

  String channel();

  /**
   * Whether the request carries the provider's valid signature or secret for this account.
   *
   * @param settings the account's settings, secrets decrypted
   */
  boolean authentic(HookRequest request, Map<String, String> settings);

  /**
   * The messages in a verified payload and the answer the provider expects.
   *
   * @throws IllegalArgumentException when the payload cannot be read, with a reason for people
   */
  Parsed parse(String account, String body);

  /** Messages to hand on (none for pings, bots and events we do not take) and the answer. */
  record Parsed(List<InboundMessage> messages, HookResult answer) {

    public Parsed {
      messages = List.copyOf(messages);
    }
  }
}
