package io.atumdesk.chat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open chat streams of this node: each visitor's (by conversation) and the agents' consoles (by
 * tenant). Events go out after the causing transaction committed, on one delivery thread.
 */
@Component
class ChatStreams implements SmartLifecycle {

  private final Map<String, Set<SseEmitter>> visitors = new ConcurrentHashMap<>();
  private final Map<String, Map<SseEmitter, String>> consoles = new ConcurrentHashMap<>();
  private final ExecutorService delivery = Executors.newSingleThreadExecutor(ChatStreams::thread);
  private final ChatProperties properties;
  private volatile boolean running;

  ChatStreams(ChatProperties properties) {
    this.properties = properties;
  }

  SseEmitter openVisitor(String conversationId, Runnable onClose) {
    SseEmitter emitter = emitter();
    visitors.computeIfAbsent(conversationId, c -> ConcurrentHashMap.newKeySet()).add(emitter);
    Runnable close =
        () -> {
          var set = visitors.get(conversationId);
          if (set != null && set.remove(emitter) && set.isEmpty()) {
            visitors.remove(conversationId);
            onClose.run();
          }
        };
    watch(emitter, close);
    return emitter;
  }

  SseEmitter openConsole(String tenantId, String username) {
    SseEmitter emitter = emitter();
    consoles.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>()).put(emitter, username);
    watch(emitter, () -> consoles.getOrDefault(tenantId, Map.of()).remove(emitter));
    return emitter;
  }

  /** Whether an agent of the tenant has the chat console open. */
  boolean agentsOnline(String tenantId) {
    return !consoles.getOrDefault(tenantId, Map.of()).isEmpty();
  }

  boolean visitorConnected(String conversationId) {
    return !visitors.getOrDefault(conversationId, Set.of()).isEmpty();
  }

  void toVisitor(String conversationId, String event, Object data) {
    afterCommit(
        () -> visitors.getOrDefault(conversationId, Set.of()).forEach(e -> send(e, event, data)));
  }

  void toConsoles(String tenantId, String event, Object data) {
    afterCommit(
        () ->
            consoles.getOrDefault(tenantId, Map.of()).keySet().forEach(e -> send(e, event, data)));
  }

  void heartbeat() {
    Consumer<SseEmitter> beat = e -> send(e, SseEmitter.event().comment("heartbeat"));
    delivery.execute(
        () -> {
          visitors.values().forEach(set -> set.forEach(beat));
          consoles.values().forEach(map -> map.keySet().forEach(beat));
        });
  }

  private SseEmitter emitter() {
    SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
    delivery.execute(() -> send(emitter, SseEmitter.event().comment("open")));
    return emitter;
  }

  private static void watch(SseEmitter emitter, Runnable close) {
    emitter.onCompletion(close);
    emitter.onTimeout(emitter::complete);
    emitter.onError(e -> close.run());
  }

  private void afterCommit(Runnable work) {
    Runnable queued = () -> delivery.execute(work);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              queued.run();
            }
          });
    } else {
      queued.run();
    }
  }

  private static void send(SseEmitter emitter, String event, Object data) {
    send(emitter, SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
  }

  private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
    try {
      emitter.send(event);
    } catch (IOException | IllegalStateException e) {
      // The browser went away or the stream ended meanwhile; the container ends the request.
      try {
        emitter.complete();
      } catch (RuntimeException alreadyDone) {
        // nothing left to end
      }
    }
  }

  private static Thread thread(Runnable work) {
    var thread = new Thread(work, "chat-delivery");
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    visitors.values().forEach(set -> set.forEach(SseEmitter::complete));
    consoles.values().forEach(map -> map.keySet().forEach(SseEmitter::complete));
    delivery.shutdown();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
