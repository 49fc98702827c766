package io.atumdesk.sla;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets the escalation table act as soon as a ticket's customer is found frustrated. */
@Service
public class FrustrationEscalation {

  private final SlaEscalation escalation;

  FrustrationEscalation(SlaEscalation escalation) {
    this.escalation = escalation;
  }

  @Transactional
  public void customerFrustrated(Long ticketId) {
    escalation.customerFrustrated(ticketId);
  }
}
