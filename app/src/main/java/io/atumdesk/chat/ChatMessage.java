package io.atumdesk.chat;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One line of a chat: plain text (never HTML), a file, or both; system lines announce things. */
@Entity
@Table(name = "chat_message")
class ChatMessage {

  enum Author {
    VISITOR,
    AGENT,
    SYSTEM
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long conversationId;

  @Enumerated(EnumType.STRING)
  private Author author;

  private String authorName;
  private String body;
  private Long fileId;
  private Instant sentAt;

  protected ChatMessage() {}

  ChatMessage(
      Long conversationId, Author author, String authorName, String body, Long fileId, Instant at) {
    this.conversationId = conversationId;
    this.author = author;
    this.authorName = authorName;
    this.body = body;
    this.fileId = fileId;
    this.sentAt = at;
  }

  Author author() {
    return author;
  }

  String authorName() {
    return authorName;
  }

  String body() {
    return body;
  }

  Instant sentAt() {
    return sentAt;
  }

  MessageView view(ChatFile file) {
    return new MessageView(
        id,
        author.name().toLowerCase(java.util.Locale.ROOT),
        authorName,
        body,
        file == null ? null : file.view(),
        sentAt);
  }

  Long fileId() {
    return fileId;
  }
}
