package io.atumdesk.macro;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A reusable text for replies or notes; its body is plain text with placeholders. */
@Entity
@Table(name = "reply_template")
public class ReplyTemplate {

  /** Whether the text is meant as a public reply to the requester or an internal note. */
  public enum Visibility {
    REPLY,
    NOTE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String name;
  private String body;
  private String language;

  @Enumerated(EnumType.STRING)
  private Visibility visibility;

  private String updatedBy;
  private Instant updatedAt;
  @Version private long version;

  protected ReplyTemplate() {}

  ReplyTemplate(String tenantId) {
    this.tenantId = tenantId;
  }

  void replace(TemplateForm form, String by, Instant now) {
    this.name = form.name().strip();
    this.body = form.body();
    this.language = form.language() == null || form.language().isBlank() ? null : form.language();
    this.visibility = form.visibility();
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String body() {
    return body;
  }

  /** A language tag such as {@code en} or {@code de}; null for any language. */
  public String language() {
    return language;
  }

  public Visibility visibility() {
    return visibility;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
