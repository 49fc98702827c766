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
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A chat widget: where it may be embedded (origins), what it greets with, and its ticket rule. */
@Entity
@Table(name = "chat_widget")
class ChatWidget {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String publicId;
  private String name;
  private String allowedOrigins;
  private String greeting;

  @Enumerated(EnumType.STRING)
  private AutoTicket autoTicket;

  private int autoTicketMinutes;
  private boolean enabled;
  private Instant createdAt;
  @Version private long version;

  protected ChatWidget() {}

  ChatWidget(String publicId, Instant createdAt) {
    this.publicId = publicId;
    this.createdAt = createdAt;
  }

  void configure(WidgetSettings settings) {
    this.name = settings.name().trim();
    this.allowedOrigins = String.join(" ", settings.allowedOrigins());
    this.greeting = settings.greeting();
    this.autoTicket = settings.autoTicket();
    this.autoTicketMinutes = settings.autoTicketMinutes();
    this.enabled = settings.enabled();
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

  String name() {
    return name;
  }

  List<String> allowedOrigins() {
    return allowedOrigins.isBlank() ? List.of() : Arrays.asList(allowedOrigins.split(" "));
  }

  String greeting() {
    return greeting;
  }

  AutoTicket autoTicket() {
    return autoTicket;
  }

  int autoTicketMinutes() {
    return autoTicketMinutes;
  }

  boolean enabled() {
    return enabled;
  }

  WidgetView view() {
    return new WidgetView(
        publicId, name, allowedOrigins(), greeting, autoTicket, autoTicketMinutes, enabled);
  }
}
