package io.atumdesk.assist;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.VectorField;

/**
 * A ticket's sentence vector, indexed for nearest-neighbour search. Unit-length vectors make the
 * dot product the cosine similarity, the cheapest of Lucene's similarities.
 */
@Entity
@Table(name = "ticket_vector")
@Indexed(index = "ticket-vector")
class TicketVector {

  static final String MODEL = "all-minilm-l6-v2-q";

  @Id
  @Column(name = "ticket_id")
  private Long ticketId;

  @TenantId private String tenantId;

  private String model;

  @Convert(converter = VectorBytes.class)
  @VectorField(dimension = 384, vectorSimilarity = VectorSimilarity.DOT_PRODUCT)
  private float[] vector;

  @GenericField private boolean resolved;

  @GenericField private Instant createdAt;

  private Instant updatedAt;

  protected TicketVector() {}

  TicketVector(Long ticketId, float[] vector, boolean resolved, Instant createdAt, Instant now) {
    this.ticketId = ticketId;
    this.model = MODEL;
    this.vector = vector;
    this.resolved = resolved;
    this.createdAt = createdAt;
    this.updatedAt = now;
  }

  void update(float[] vector, boolean resolved, Instant now) {
    this.vector = vector;
    this.resolved = resolved;
    this.updatedAt = now;
  }

  void markResolved(boolean resolved, Instant now) {
    this.resolved = resolved;
    this.updatedAt = now;
  }

  Long ticketId() {
    return ticketId;
  }

  float[] vector() {
    return vector;
  }
}
