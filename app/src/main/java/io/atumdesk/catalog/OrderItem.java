package io.atumdesk.catalog;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.TenantId;

/**
 * One item of an order with the form data it was ordered with, as accepted by its form. Keeps the
 * item's name, category, cost, form and process as they were when ordered: a later change of the
 * catalog does not change what was ordered.
 */
@Entity
@Table(name = "catalog_order_item")
public class OrderItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long orderId;
  private int position;
  private Long catalogItemId;
  private String itemName;
  private String category;
  private BigDecimal cost;
  private String formKey;
  private String fulfillmentProcess;

  @Convert(converter = FormData.class)
  private Map<String, Object> data = new LinkedHashMap<>();

  @Enumerated(EnumType.STRING)
  private ItemStatus status;

  private String linkedTicket;
  private Instant completedAt;

  protected OrderItem() {}

  OrderItem(CatalogOrder order, int position, CatalogItem item, Map<String, Object> data) {
    this.tenantId = order.tenantId();
    this.orderId = order.id();
    this.position = position;
    this.catalogItemId = item.id();
    this.itemName = item.name();
    this.category = item.category();
    this.cost = item.cost();
    this.formKey = item.formKey();
    this.fulfillmentProcess = item.fulfillmentProcess();
    this.data = new LinkedHashMap<>(data);
    this.status = ItemStatus.ORDERED;
  }

  void moveTo(ItemStatus status, Instant now) {
    this.status = status;
    if (status == ItemStatus.FULFILLED) {
      this.completedAt = now;
    }
  }

  void linkTo(String ticketKey) {
    this.linkedTicket = ticketKey;
  }

  public int position() {
    return position;
  }

  public String itemName() {
    return itemName;
  }

  public String category() {
    return category;
  }

  public BigDecimal cost() {
    return cost;
  }

  public String formKey() {
    return formKey;
  }

  public String fulfillmentProcess() {
    return fulfillmentProcess;
  }

  public Map<String, Object> data() {
    return java.util.Collections.unmodifiableMap(data);
  }

  public ItemStatus status() {
    return status;
  }

  public String linkedTicket() {
    return linkedTicket;
  }

  public Instant completedAt() {
    return completedAt;
  }
}
