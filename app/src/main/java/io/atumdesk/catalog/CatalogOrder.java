package io.atumdesk.catalog;

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
 * An order from the catalog: one service request ticket, its items in {@link OrderItem}s. Written
 * from processes too, so the tenant is always set by the constructor (ADR 0004).
 */
@Entity
@Table(name = "catalog_order")
public class CatalogOrder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long ticketId;
  private String ticketKey;
  private String requester;
  private String approval;

  @Enumerated(EnumType.STRING)
  private OrderStatus status;

  private Instant createdAt;

  protected CatalogOrder() {}

  CatalogOrder(String tenantId, Long ticketId, String ticketKey, String requester, Instant now) {
    this.tenantId = tenantId;
    this.ticketId = ticketId;
    this.ticketKey = ticketKey;
    this.requester = requester;
    this.status = OrderStatus.SUBMITTED;
    this.createdAt = now;
  }

  void approvalDecided(String approval) {
    this.approval = approval;
    this.status =
        "none".equals(approval) ? OrderStatus.IN_FULFILMENT : OrderStatus.AWAITING_APPROVAL;
  }

  void moveTo(OrderStatus status) {
    this.status = status;
  }

  public Long id() {
    return id;
  }

  public String tenantId() {
    return tenantId;
  }

  public Long ticketId() {
    return ticketId;
  }

  public String ticketKey() {
    return ticketKey;
  }

  public String requester() {
    return requester;
  }

  /** Who had to approve: none, manager or cab (the request-approval table's answer). */
  public String approval() {
    return approval;
  }

  public OrderStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
