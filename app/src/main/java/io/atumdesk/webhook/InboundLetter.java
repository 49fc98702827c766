package io.atumdesk.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * An inbound payload that raised nothing, kept with the reason: refused (bad or missing signature,
 * kept without its payload, which nobody vouched for) or dead (authentic but not mappable).
 */
@Entity
@Table(name = "webhook_inbound_letter")
public class InboundLetter {

  /** Why it is here. */
  public enum Kind {
    REFUSED,
    DEAD
  }

  static final int LONGEST_PAYLOAD = 100_000;
  static final int LONGEST_REASON = 2_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String sourceName;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String payload;
  private String reason;
  private Instant receivedAt;

  protected InboundLetter() {}

  InboundLetter(
      String tenantId, String sourceName, Kind kind, String payload, String reason, Instant at) {
    this.tenantId = tenantId;
    this.sourceName = sourceName;
    this.kind = kind;
    this.payload = cut(payload, LONGEST_PAYLOAD);
    this.reason = cut(reason, LONGEST_REASON);
    this.receivedAt = at;
  }

  private static String cut(String text, int longest) {
    return text == null || text.length() <= longest ? text : text.substring(0, longest);
  }

  public Long id() {
    return id;
  }

  public String sourceName() {
    return sourceName;
  }

  public Kind kind() {
    return kind;
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
