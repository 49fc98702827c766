package io.atumdesk.chat;

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

/**
 * One visitor's chat on one widget: waiting for an agent, active with one, or closed; converted
 * into a ticket at most once.
 */
@Entity
@Table(name = "chat_conversation")
class ChatConversation {

  enum Status {
    WAITING,
    ACTIVE,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String publicId;
  private Long widgetId;
  private String visitorId;
  private String visitorName;
  private String visitorEmail;
  private String visitorLanguage;
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String agent;
  private String agentName;
  private String ticketKey;
  private String convertedBy;
  private Instant startedAt;
  private Instant agentJoinedAt;
  private Instant agentAnsweredAt;
  private Instant visitorLeftAt;
  private Instant closedAt;
  @Version private long version;

  protected ChatConversation() {}

  ChatConversation(
      ChatWidget widget, Visitor visitor, String publicId, String tokenHash, Instant at) {
    this.widgetId = widget.id();
    this.publicId = publicId;
    this.visitorId = visitor.id();
    this.visitorName = visitor.name();
    this.visitorEmail = visitor.email();
    this.visitorLanguage = visitor.language();
    this.tokenHash = tokenHash;
    this.status = Status.WAITING;
    this.startedAt = at;
  }

  void join(String agent, String agentName, Instant at) {
    this.agent = agent;
    this.agentName = agentName;
    this.agentJoinedAt = at;
    this.status = Status.ACTIVE;
  }

  void answered(Instant at) {
    if (agentAnsweredAt == null) {
      agentAnsweredAt = at;
    }
  }

  void visitorLeft(Instant at) {
    this.visitorLeftAt = at;
  }

  void visitorBack() {
    this.visitorLeftAt = null;
  }

  void converted(String ticketKey, String by) {
    this.ticketKey = ticketKey;
    this.convertedBy = by;
  }

  void close(Instant at) {
    this.status = Status.CLOSED;
    this.closedAt = at;
  }

  Long id() {
    return id;
  }

  String tenantId() {
    return tenantId;
  }

  String publicId() {
    return publicId;
  }

  Long widgetId() {
    return widgetId;
  }

  String tokenHash() {
    return tokenHash;
  }

  Visitor visitor() {
    return new Visitor(visitorId, visitorName, visitorEmail, visitorLanguage);
  }

  Status status() {
    return status;
  }

  String agent() {
    return agent;
  }

  String agentName() {
    return agentName;
  }

  String ticketKey() {
    return ticketKey;
  }

  String convertedBy() {
    return convertedBy;
  }

  Instant startedAt() {
    return startedAt;
  }

  Instant agentAnsweredAt() {
    return agentAnsweredAt;
  }

  Instant visitorLeftAt() {
    return visitorLeftAt;
  }

  boolean open() {
    return status != Status.CLOSED;
  }

  ConversationView view(String widgetName) {
    return new ConversationView(
        publicId,
        widgetName,
        status.name(),
        visitor().displayName(),
        visitorEmail,
        agent,
        agentName,
        ticketKey,
        startedAt,
        visitorLeftAt != null);
  }
}
