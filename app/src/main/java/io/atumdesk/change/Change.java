package io.atumdesk.change;

import io.atumdesk.cmdb.Criticality;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** What a change adds to its ticket, keyed by the ticket's id. */
@Entity
@Table(name = "change_record")
class Change {

  @Id private Long ticketId;
  @TenantId private String tenantId;
  private String ticketKey;

  @Column(name = "change_type")
  @Enumerated(EnumType.STRING)
  private ChangeType type;

  private String category;

  @Enumerated(EnumType.STRING)
  private ChangeStage stage;

  private String plan;
  private String rollbackPlan;
  private String testEvidence;
  private String affectedCis;
  private String affectedServices;

  @Enumerated(EnumType.STRING)
  private Criticality highestCriticality;

  private Instant plannedStart;
  private Instant plannedEnd;
  private String overrideReason;
  private String risk;

  @Enumerated(EnumType.STRING)
  private ApprovalRoute approvalRoute;

  private String approval;

  @Enumerated(EnumType.STRING)
  private ImplementationResult implementationResult;

  private String implementationNotes;
  private Instant implementedAt;

  @Enumerated(EnumType.STRING)
  private ReviewResult reviewResult;

  private String reviewNotes;
  private String withdrawnReason;
  private Instant createdAt;
  @Version private long version;

  protected Change() {}

  Change(Long ticketId, String ticketKey, ChangeType type, String category, Instant now) {
    this.ticketId = ticketId;
    this.ticketKey = ticketKey;
    this.type = type;
    this.category = category;
    this.stage = ChangeStage.DRAFT;
    this.affectedCis = "";
    this.affectedServices = "";
    this.createdAt = now;
  }

  void describe(String plan, String rollbackPlan, String testEvidence) {
    this.plan = plan;
    this.rollbackPlan = rollbackPlan;
    this.testEvidence = testEvidence;
  }

  void affect(List<String> ciKeys) {
    this.affectedCis = String.join(",", ciKeys);
  }

  void assessed(String risk, ApprovalRoute route, List<String> services, Criticality highest) {
    this.risk = risk;
    this.approvalRoute = route;
    this.affectedServices = String.join(",", services);
    this.highestCriticality = highest;
    this.stage =
        route == ApprovalRoute.PRE_APPROVED ? ChangeStage.SCHEDULING : ChangeStage.APPROVAL;
  }

  /** An emergency change the ECAB did not decide goes to the change manager. */
  void escalated() {
    this.approvalRoute = ApprovalRoute.MANAGER;
  }

  void decided(String approval, ChangeStage next) {
    this.approval = approval;
    this.stage = next;
  }

  void schedule(Instant start, Instant end, String overrideReason) {
    this.plannedStart = start;
    this.plannedEnd = end;
    this.overrideReason = overrideReason;
  }

  void implemented(ImplementationResult result, String notes, Instant at) {
    this.implementationResult = result;
    this.implementationNotes = notes;
    this.implementedAt = at;
    this.stage = result == ImplementationResult.FAILED ? ChangeStage.ROLLBACK : ChangeStage.REVIEW;
  }

  void reviewed(ReviewResult result, String notes) {
    this.reviewResult = result;
    this.reviewNotes = notes;
    this.stage = ChangeStage.CLOSED;
  }

  void withdraw(String reason) {
    this.withdrawnReason = reason;
    this.stage = ChangeStage.WITHDRAWN;
  }

  void moveTo(ChangeStage stage) {
    this.stage = stage;
  }

  Long ticketId() {
    return ticketId;
  }

  String tenantId() {
    return tenantId;
  }

  String ticketKey() {
    return ticketKey;
  }

  ChangeType type() {
    return type;
  }

  String category() {
    return category;
  }

  ChangeStage stage() {
    return stage;
  }

  String plan() {
    return plan;
  }

  String rollbackPlan() {
    return rollbackPlan;
  }

  String testEvidence() {
    return testEvidence;
  }

  List<String> affectedCis() {
    return split(affectedCis);
  }

  List<String> affectedServices() {
    return split(affectedServices);
  }

  Criticality highestCriticality() {
    return highestCriticality;
  }

  Instant plannedStart() {
    return plannedStart;
  }

  Instant plannedEnd() {
    return plannedEnd;
  }

  String overrideReason() {
    return overrideReason;
  }

  String risk() {
    return risk;
  }

  ApprovalRoute approvalRoute() {
    return approvalRoute;
  }

  String approval() {
    return approval;
  }

  ImplementationResult implementationResult() {
    return implementationResult;
  }

  String implementationNotes() {
    return implementationNotes;
  }

  Instant implementedAt() {
    return implementedAt;
  }

  ReviewResult reviewResult() {
    return reviewResult;
  }

  String reviewNotes() {
    return reviewNotes;
  }

  String withdrawnReason() {
    return withdrawnReason;
  }

  long version() {
    return version;
  }

  /** Whether this change's window overlaps {@code start}..{@code end} (end exclusive). */
  boolean overlaps(Instant start, Instant end) {
    return plannedStart != null
        && plannedEnd != null
        && plannedStart.isBefore(end)
        && start.isBefore(plannedEnd);
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
