package io.atumdesk.connectors.sms;

import io.atumdesk.connectors.InboundHandlers;
import io.atumdesk.connectors.messaging.MessagingRoutes;
import org.springframework.stereotype.Component;

/** {@code sms-inbound}: verified Twilio webhook forms to messages. */
@Component
class SmsRoutes extends MessagingRoutes {

  SmsRoutes(SmsHook hook, InboundHandlers handlers) {
    super(hook, handlers);
  }
}
