package io.atumdesk.problem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;

/**
 * What a problem adds to its ticket, keyed by the ticket's id: the investigation, the known error
 * once published, and the state of its fix.
 */
@Entity
@Table(name = "problem")
class Problem {

  @Id private Long ticketId;
  @TenantId private String tenantId;
  private String ticketKey;

  @Column(name = "event_timeline")
  private String timeline;

  @Column(name = "why_1")
  private String why1;

  @Column(name = "why_2")
  private String why2;

  @Column(name = "why_3")
  private String why3;

  @Column(name = "why_4")
  private String why4;

  @Column(name = "why_5")
  private String why5;

  @Enumerated(EnumType.STRING)
  private CauseCategory causeCategory;

  private String rootCause;
  private String symptom;
  private String workaround;
  private String category;
  private String publishedBy;
  private Instant publishedAt;

  @Enumerated(EnumType.STRING)
  private FixState fixState;

  private Long fixChangeId;
  private String fixChangeKey;
  private String fixNote;
  private Instant resolvedAt;
  private Instant updatedAt;
  @Version private long version;

  protected Problem() {}

  Problem(String tenantId, Long ticketId, String ticketKey, Instant now) {
    this.tenantId = tenantId;
    this.ticketId = ticketId;
    this.ticketKey = ticketKey;
    this.fixState = FixState.UNDECIDED;
    this.updatedAt = now;
  }

  void investigate(Investigation investigation, Instant now) {
    this.timeline = investigation.timeline();
    this.why1 = investigation.why(0);
    this.why2 = investigation.why(1);
    this.why3 = investigation.why(2);
    this.why4 = investigation.why(3);
    this.why5 = investigation.why(4);
    this.causeCategory = investigation.causeCategory();
    this.rootCause = investigation.rootCause();
    this.updatedAt = now;
  }

  void publish(String symptom, String workaround, String category, String by, Instant now) {
    this.symptom = symptom;
    this.workaround = workaround;
    this.category = category;
    this.publishedBy = by;
    this.publishedAt = now;
    this.updatedAt = now;
  }

  void fixBy(Long changeId, String changeKey, Instant now) {
    this.fixChangeId = changeId;
    this.fixChangeKey = changeKey;
    this.fixState = FixState.AWAITING_CHANGE;
    this.updatedAt = now;
  }

  void resolved(FixState state, String note, Instant now) {
    this.fixState = state;
    this.fixNote = note;
    this.resolvedAt = now;
    this.updatedAt = now;
  }

  Investigation investigation() {
    List<String> whys = new ArrayList<>();
    for (String why : new String[] {why1, why2, why3, why4, why5}) {
      whys.add(why);
    }
    return new Investigation(timeline, whys, causeCategory, rootCause);
  }

  Long ticketId() {
    return ticketId;
  }

  String ticketKey() {
    return ticketKey;
  }

  String symptom() {
    return symptom;
  }

  String workaround() {
    return workaround;
  }

  String category() {
    return category;
  }

  String publishedBy() {
    return publishedBy;
  }

  Instant publishedAt() {
    return publishedAt;
  }

  boolean published() {
    return publishedAt != null;
  }

  FixState fixState() {
    return fixState;
  }

  Long fixChangeId() {
    return fixChangeId;
  }

  String fixChangeKey() {
    return fixChangeKey;
  }

  String fixNote() {
    return fixNote;
  }

  Instant resolvedAt() {
    return resolvedAt;
  }
}
