package io.atumdesk.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * Something customers may order: its form (a form-js schema), the process that fulfils it and what
 * the approval table reads (category and cost). {@code audience} is a group key; without one every
 * customer of the tenant sees the item.
 */
@Entity
@Table(name = "catalog_item")
public class CatalogItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String name;
  private String category;
  private String description;
  private String formKey;
  private String fulfillmentProcess;
  private BigDecimal cost;
  private String audience;
  private boolean active;
  private Instant updatedAt;
  @Version private long version;

  protected CatalogItem() {}

  CatalogItem(String tenantId) {
    this.tenantId = tenantId;
  }

  void describe(ItemForm form, Instant now) {
    this.name = form.name().strip();
    this.category = form.category().strip();
    this.description = form.description().strip();
    this.formKey = form.formKey();
    this.fulfillmentProcess = form.fulfillmentProcess();
    this.cost = form.cost();
    this.audience = form.audience() == null || form.audience().isBlank() ? null : form.audience();
    this.active = form.active();
    this.updatedAt = now;
  }

  /** Whether a person with these groups may see and order it. */
  boolean offeredTo(java.util.Set<String> groups) {
    return active && (audience == null || groups.contains(audience));
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String category() {
    return category;
  }

  public String description() {
    return description;
  }

  public String formKey() {
    return formKey;
  }

  public String fulfillmentProcess() {
    return fulfillmentProcess;
  }

  public BigDecimal cost() {
    return cost;
  }

  public String audience() {
    return audience;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version;
  }
}
