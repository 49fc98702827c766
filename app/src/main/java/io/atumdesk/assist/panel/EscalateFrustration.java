package io.atumdesk.assist.panel;

import io.atumdesk.sla.FrustrationEscalation;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Asks the escalation table as soon as a customer is found frustrated, after the flag's commit.
 * Assist calls the SLA module, not the other way round: the SLA module sits below the workflow
 * module, which assist uses.
 */
@Component
class EscalateFrustration {

  private final FrustrationEscalation escalation;

  EscalateFrustration(FrustrationEscalation escalation) {
    this.escalation = escalation;
  }

  @ApplicationModuleListener
  void on(CustomerFrustrated frustrated) {
    escalation.customerFrustrated(frustrated.ticketId());
  }
}
