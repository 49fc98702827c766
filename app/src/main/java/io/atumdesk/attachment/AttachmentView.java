package io.atumdesk.attachment;

import java.time.Instant;

/**
 * An attachment as callers see it.
 *
 * @param filename the sanitized name it is served under
 * @param mediaType the type detected from its content, never the one the client claimed
 * @param entryId the reply or note it belongs to, or null when it belongs to the ticket
 * @param inline whether it may be shown in the page (raster images only)
 * @param quarantineReason why it is in quarantine, or null when it is stored
 */
public record AttachmentView(
    long id,
    String filename,
    String mediaType,
    long size,
    String sha256,
    Long entryId,
    String uploadedBy,
    Instant uploadedAt,
    boolean inline,
    AttachmentState state,
    String quarantineReason) {}
