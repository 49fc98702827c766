package io.atumdesk.chat;

/** Too many requests from one address or chat in this minute; answered with 429. */
public class ChatRateLimited extends RuntimeException {

  private final long retryAfterSeconds;

  ChatRateLimited(long retryAfterSeconds) {
    super(
        "Too many messages in a short time; wait %d seconds, then send again."
            .formatted(retryAfterSeconds));
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
