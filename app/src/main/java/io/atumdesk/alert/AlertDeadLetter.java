package io.atumdesk.alert;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A delivery or alert that could not be handled, kept with the reason instead of being dropped. */
@Entity
@Table(name = "alert_dead_letter")
public class AlertDeadLetter {

  static final int LONGEST_PAYLOAD = 100_000;
  static final int LONGEST_REASON = 2_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String sourceId;
  private String payload;
  private String reason;
  private Instant receivedAt;

  protected AlertDeadLetter() {}

  AlertDeadLetter(String sourceId, String payload, String reason, Instant receivedAt) {
    this.sourceId = sourceId;
    this.payload = cut(payload, LONGEST_PAYLOAD);
    this.reason = cut(reason, LONGEST_REASON);
    this.receivedAt = receivedAt;
  }

  private static String cut(String text, int longest) {
    return text == null || text.length() <= longest ? text : text.substring(0, longest);
  }

  public String sourceId() {
    return sourceId;
  }

  public String payload() {
    return payload;
  }

  public String reason() {
    return reason;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
