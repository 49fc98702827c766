package io.atumdesk.live;

import org.springframework.stereotype.Component;

/** One node: every signal goes straight to this node's streams. */
@Component
class LocalFanOut implements FanOut {

  private final LiveStreams streams;

  LocalFanOut(LiveStreams streams) {
    this.streams = streams;
  }

  @Override
  public void publish(Signal signal) {
    streams.deliver(signal);
  }
}
