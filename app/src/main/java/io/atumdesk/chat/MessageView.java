package io.atumdesk.chat;

import java.time.Instant;

/**
 * A chat line as both sides see it; {@code text} is plain text, for {@code textContent} or
 * Thymeleaf's escaping, never for {@code innerHTML}.
 *
 * @param author {@code visitor}, {@code agent} or {@code system}
 */
public record MessageView(
    Long id, String author, String name, String text, FileView file, Instant at) {

  /** A file in a chat; quarantined files are listed with their reason and never served. */
  public record FileView(
      Long id, String name, String mediaType, long size, String quarantineReason) {}
}
