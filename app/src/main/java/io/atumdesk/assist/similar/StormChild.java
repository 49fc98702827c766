package io.atumdesk.assist.similar;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A ticket grouped under an alert storm's parent incident; the inbox keeps it out of the work views
 * while the parent is worked.
 */
@Entity
@Table(name = "storm_child")
class StormChild {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long parentTicketId;
  private Long childTicketId;
  private double score;
  private Instant groupedAt;

  protected StormChild() {}

  StormChild(Long parentTicketId, Long childTicketId, double score, Instant at) {
    this.parentTicketId = parentTicketId;
    this.childTicketId = childTicketId;
    this.score = score;
    this.groupedAt = at;
  }

  Long parentTicketId() {
    return parentTicketId;
  }

  Long childTicketId() {
    return childTicketId;
  }
}
