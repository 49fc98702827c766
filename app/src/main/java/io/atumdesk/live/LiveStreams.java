package io.atumdesk.live;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open event streams of this node, kept per tenant so that a signal can only ever reach its own
 * tenant. Writes happen on one delivery thread, in the order signals arrive: a slow browser never
 * holds up the request that caused a signal.
 */
@Component
class LiveStreams implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

  private final ConcurrentHashMap<String, Set<LiveStream>> byTenant = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final ExecutorService delivery =
      Executors.newSingleThreadExecutor(LiveStreams::deliveryThread);
  private final LiveProperties properties;
  private final ApplicationEventPublisher events;
  private volatile boolean running;

  LiveStreams(LiveProperties properties, ApplicationEventPublisher events) {
    this.properties = properties;
    this.events = events;
  }

  /** Opens a stream; refused when the user already holds as many as allowed. */
  synchronized LiveStream open(Actor actor, String ticket) {
    Set<LiveStream> streams = byTenant.computeIfAbsent(actor.tenantId(), t -> newSet());
    long held = streams.stream().filter(s -> s.actor().username().equals(actor.username())).count();
    if (held >= properties.maxStreamsPerUser()) {
      throw new ConflictException(
          "You already have %d live pages open; close a tab or window, then reload this page."
              .formatted(held));
    }
    var stream =
        new LiveStream(
            ids.incrementAndGet(),
            actor,
            ticket,
            new SseEmitter(properties.streamTimeout().toMillis()));
    streams.add(stream);
    stream.emitter().onCompletion(() -> close(stream));
    stream.emitter().onTimeout(stream.emitter()::complete);
    stream.emitter().onError(e -> close(stream));
    // A first line, so that the browser knows at once that the stream is open.
    delivery.execute(() -> send(stream, SseEmitter.event().comment("open")));
    return stream;
  }

  void deliver(Signal signal) {
    delivery.execute(
        () -> {
          for (LiveStream stream : byTenant.getOrDefault(signal.tenantId(), Set.of())) {
            if (signal.audience().includes(stream)) {
              send(
                  stream,
                  SseEmitter.event()
                      .name(signal.event())
                      .data(signal.dataFor(stream.actor().username()), MediaType.APPLICATION_JSON));
            }
          }
        });
  }

  /** A comment line on every stream; a stream whose browser went away fails here and closes. */
  void heartbeat() {
    delivery.execute(
        () -> byTenant.values().forEach(set -> set.forEach(s -> send(s, heartbeatLine()))));
  }

  /** Whether the user still has a stream open on the ticket's page. */
  boolean watching(String tenantId, String username, String ticket) {
    return byTenant.getOrDefault(tenantId, Set.of()).stream()
        .anyMatch(s -> ticket.equals(s.ticket()) && s.actor().username().equals(username));
  }

  int count() {
    return byTenant.values().stream().mapToInt(Set::size).sum();
  }

  int count(String tenantId, String username) {
    return (int)
        byTenant.getOrDefault(tenantId, Set.of()).stream()
            .filter(s -> s.actor().username().equals(username))
            .count();
  }

  private void send(LiveStream stream, SseEmitter.SseEventBuilder event) {
    try {
      stream.emitter().send(event);
    } catch (IOException | IllegalStateException e) {
      // The browser went away, or the stream completed meanwhile; the container ends the request.
      close(stream);
    } catch (RuntimeException e) {
      log.warn("Could not send a live event to stream {}", stream.id(), e);
    }
  }

  private void close(LiveStream stream) {
    Set<LiveStream> streams = byTenant.get(stream.tenantId());
    if (streams != null && streams.remove(stream)) {
      events.publishEvent(
          new StreamClosed(stream.tenantId(), stream.actor().username(), stream.ticket()));
    }
  }

  private static SseEmitter.SseEventBuilder heartbeatLine() {
    return SseEmitter.event().comment("heartbeat");
  }

  private static Thread deliveryThread(Runnable work) {
    var thread = new Thread(work, "live-delivery");
    thread.setDaemon(true);
    return thread;
  }

  private static Set<LiveStream> newSet() {
    return ConcurrentHashMap.newKeySet();
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    byTenant.values().forEach(set -> set.forEach(s -> s.emitter().complete()));
    delivery.shutdown();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** A stream closed; presence forgets a viewer who has no other stream on that ticket. */
  record StreamClosed(String tenantId, String username, String ticket) {}
}
