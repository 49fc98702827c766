package io.atumdesk.assist.triage;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** What triage suggested for one field of a new ticket, and whether it was applied. */
@Entity
@Table(name = "triage_suggestion")
public class TriageSuggestion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;

  private Long ticketId;

  @Enumerated(EnumType.STRING)
  private TriageField field;

  private String suggestedValue;
  private double confidence;
  private boolean applied;
  private String raisedValue;
  private Instant suggestedAt;

  protected TriageSuggestion() {}

  TriageSuggestion(Long ticketId, TriageField field, Suggestion suggestion, Instant now) {
    this.ticketId = ticketId;
    this.field = field;
    this.suggestedValue = suggestion.value();
    this.confidence = suggestion.confidence();
    this.suggestedAt = now;
  }

  void applied() {
    this.applied = true;
  }

  /** The field's value once the ticket was raised: what a later change is measured against. */
  void raisedWith(String value) {
    this.raisedValue = value;
  }

  /** Whether someone set the field to {@code current} after the ticket was raised. */
  boolean correctedTo(String current) {
    return current != null && !current.equals(raisedValue);
  }

  public Long ticketId() {
    return ticketId;
  }

  public TriageField field() {
    return field;
  }

  public String suggestedValue() {
    return suggestedValue;
  }

  public double confidence() {
    return confidence;
  }

  public boolean isApplied() {
    return applied;
  }
}
