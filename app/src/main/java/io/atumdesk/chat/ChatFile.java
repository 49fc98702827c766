package io.atumdesk.chat;

import io.atumdesk.attachment.CheckedFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A file sent in a chat, checked like every attachment; a quarantined one is never served. */
@Entity
@Table(name = "chat_file")
class ChatFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long conversationId;
  private String filename;
  private String mediaType;
  private String servedType;
  private boolean inlineServed;

  @Column(name = "size_bytes")
  private long size;

  private byte[] content;
  private String quarantineReason;
  private String uploadedBy;
  private Instant uploadedAt;

  protected ChatFile() {}

  ChatFile(Long conversationId, CheckedFile checked, byte[] content, String by, Instant at) {
    this.conversationId = conversationId;
    this.filename = checked.filename();
    this.mediaType = checked.mediaType();
    this.servedType = checked.servedType();
    this.inlineServed = checked.inline();
    this.size = checked.size();
    this.content = content;
    this.quarantineReason = checked.quarantineReason();
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  Long id() {
    return id;
  }

  Long conversationId() {
    return conversationId;
  }

  boolean quarantined() {
    return quarantineReason != null;
  }

  String quarantineReason() {
    return quarantineReason;
  }

  String filename() {
    return filename;
  }

  /** Who shared it: the visitor or an agent. */
  ChatMessage.Author sharedBy() {
    return ChatMessage.Author.valueOf(uploadedBy.toUpperCase(java.util.Locale.ROOT));
  }

  ChatDownload download() {
    return new ChatDownload(filename, servedType, inlineServed, content);
  }

  MessageView.FileView view() {
    return new MessageView.FileView(id, filename, mediaType, size, quarantineReason);
  }
}
