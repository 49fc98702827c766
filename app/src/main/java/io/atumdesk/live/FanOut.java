package io.atumdesk.live;

/**
 * Carries committed signals to every node's open streams. A single node delivers directly ({@link
 * LocalFanOut}); several nodes would share signals here, for instance over PostgreSQL {@code
 * LISTEN/NOTIFY} (see ADR 0011).
 */
interface FanOut {

  void publish(Signal signal);
}
