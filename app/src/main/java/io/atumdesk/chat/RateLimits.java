package io.atumdesk.chat;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Fixed one-minute windows per IP address and per conversation, in this node's memory: enough to
 * stop one browser or script from flooding agents; a proxy in front may limit more.
 */
@Component
class RateLimits {

  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
  private final ChatProperties properties;
  private final Clock clock;

  RateLimits(ChatProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  void address(String address) {
    take("ip:" + address, properties.requestsPerMinutePerAddress());
  }

  void conversation(String conversationId) {
    take("conversation:" + conversationId, properties.messagesPerMinutePerConversation());
  }

  private void take(String key, int limit) {
    long minute = clock.millis() / 60_000;
    if (windows.size() > 10_000) {
      windows.values().removeIf(w -> w.minute < minute);
    }
    Window window =
        windows.compute(key, (k, w) -> w == null || w.minute != minute ? new Window(minute) : w);
    synchronized (window) {
      if (++window.count > limit) {
        throw new ChatRateLimited(60 - (clock.millis() / 1000) % 60);
      }
    }
  }

  private static final class Window {
    private final long minute;
    private int count;

    Window(long minute) {
      this.minute = minute;
    }
  }
}
