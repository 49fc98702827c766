package io.atumdesk.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** What we know of one attached file; its bytes live on disk under its tenant and SHA-256. */
@Entity
@Table(name = "attachment")
class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long ticketId;

  @Column(name = "timeline_entry_id")
  private Long entryId;

  /** Belongs to an internal note: staff only. Copied from the note, which never changes. */
  private boolean internal;

  private String originalFilename;
  private String filename;
  private String mediaType;

  @Column(name = "size_bytes")
  private long size;

  private String sha256;
  private String uploadedBy;
  private Instant uploadedAt;

  @Enumerated(EnumType.STRING)
  private AttachmentState state;

  private String quarantineReason;

  protected Attachment() {}

  Attachment(
      AttachmentTarget target,
      String originalFilename,
      SafeFilename filename,
      AttachmentFiles.Received file,
      Inspection inspection,
      Instant at) {
    this.tenantId = target.tenantId();
    this.ticketId = target.ticketId();
    this.entryId = target.entryId();
    this.internal = target.internal();
    this.originalFilename = truncate(originalFilename == null ? "" : originalFilename, 1000);
    this.filename = filename.value();
    this.mediaType = inspection.mediaType();
    this.size = file.size();
    this.sha256 = file.sha256();
    this.uploadedBy = target.actor();
    this.uploadedAt = at;
    this.state = inspection.passed() ? AttachmentState.STORED : AttachmentState.QUARANTINED;
    this.quarantineReason = inspection.quarantineReason();
  }

  /**
   * The same file on the ticket a duplicate was merged into, on the copy of its reply or note; the
   * bytes are stored once by hash, so nothing is copied on disk.
   */
  Attachment copiedTo(Long ticketId, Long entryId, boolean staffOnly) {
    Attachment copy = new Attachment();
    copy.tenantId = tenantId;
    copy.ticketId = ticketId;
    copy.entryId = entryId;
    copy.internal = internal || staffOnly;
    copy.originalFilename = originalFilename;
    copy.filename = filename;
    copy.mediaType = mediaType;
    copy.size = size;
    copy.sha256 = sha256;
    copy.uploadedBy = uploadedBy;
    copy.uploadedAt = uploadedAt;
    copy.state = state;
    copy.quarantineReason = quarantineReason;
    return copy;
  }

  Long entryId() {
    return entryId;
  }

  private static String truncate(String text, int length) {
    return text.length() > length ? text.substring(0, length) : text;
  }

  AttachmentView view() {
    return new AttachmentView(
        id,
        filename,
        mediaType,
        size,
        sha256,
        entryId,
        uploadedBy,
        uploadedAt,
        state == AttachmentState.STORED && ServedType.of(mediaType).inline(),
        state,
        quarantineReason);
  }

  Long id() {
    return id;
  }

  String tenantId() {
    return tenantId;
  }

  boolean internal() {
    return internal;
  }

  Long ticketId() {
    return ticketId;
  }

  String sha256() {
    return sha256;
  }

  String mediaType() {
    return mediaType;
  }

  String filename() {
    return filename;
  }
}
