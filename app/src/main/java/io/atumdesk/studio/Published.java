package io.atumdesk.studio;

import java.time.Instant;

/** A version as published: its number, the version it was made from, who published it and when. */
public record Published(
    String processKey, int version, int parentVersion, String publishedBy, Instant publishedAt) {

  static Published of(ProcessVersion version) {
    return new Published(
        version.processKey(),
        version.versionNumber(),
        version.parentVersion(),
        version.publishedBy(),
        version.publishedAt());
  }
}
