package io.atumdesk.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** An identity of a contact, unique per tenant, kind and value. */
@Entity
@Table(name = "contact_identity")
public class ContactIdentity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long contactId;
  private String kind;
  private String identityValue;
  private Instant createdAt;

  protected ContactIdentity() {}

  ContactIdentity(Long contactId, IdentityKind kind, String value, Instant createdAt) {
    this.contactId = contactId;
    this.kind = kind.code();
    this.identityValue = value;
    this.createdAt = createdAt;
  }

  public String kind() {
    return kind;
  }

  public String value() {
    return identityValue;
  }

  Long contactId() {
    return contactId;
  }

  void moveTo(Long contactId) {
    this.contactId = contactId;
  }
}
