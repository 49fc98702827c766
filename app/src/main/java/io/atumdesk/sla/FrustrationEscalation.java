package io.atumdesk.sla;

import io.atumdesk.assist.panel.CustomerFrustrated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Lets the escalation table act as soon as a ticket's customer is found frustrated. */
@Component
class FrustrationEscalation {

  private final SlaEscalation escalation;

  FrustrationEscalation(SlaEscalation escalation) {
    this.escalation = escalation;
  }

  @ApplicationModuleListener
  void on(CustomerFrustrated frustrated) {
    escalation.customerFrustrated(frustrated.ticketId());
  }
}
