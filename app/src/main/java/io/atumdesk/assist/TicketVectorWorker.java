package io.atumdesk.assist;

import io.atumdesk.ticket.TicketRaised;
import io.atumdesk.ticket.TicketStatusChanged;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Embeds tickets off the request path: a raised ticket is queued once its transaction committed,
 * and one worker thread embeds the queue in order (the model uses both cores for one text anyway).
 * Nothing depends on the queue surviving: work lost to a crash or a full queue is found again by
 * the sweep, which looks for tickets without a vector. Status changes follow the same path, so the
 * index is only ever written in the ticket's own tenant.
 */
@Component
class TicketVectorWorker {

  private static final Logger log = LoggerFactory.getLogger(TicketVectorWorker.class);
  private static final int QUEUE_CAPACITY = 10_000;
  private static final int SWEEP_BATCH = 500;

  private final TicketVectors vectors;
  private final JdbcClient jdbc;
  private final Set<Long> queued = ConcurrentHashMap.newKeySet();
  private final ThreadPoolExecutor worker =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(QUEUE_CAPACITY),
          work -> {
            Thread thread = new Thread(work, "ticket-vectors");
            thread.setDaemon(true);
            return thread;
          },
          new ThreadPoolExecutor.AbortPolicy());

  TicketVectorWorker(TicketVectors vectors, JdbcClient jdbc) {
    this.vectors = vectors;
    this.jdbc = jdbc;
  }

  @EventListener
  void on(TicketRaised raised) {
    afterCommit(() -> embed(raised.ticketId(), raised.tenantId()));
  }

  @EventListener
  void on(TicketStatusChanged changed) {
    afterCommit(
        () ->
            worker.execute(
                () ->
                    guarded(
                        () ->
                            vectors.markStatus(
                                changed.ticketId(), changed.tenantId(), changed.to()))));
  }

  @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${atum.assist.vector-sweep:PT1M}")
  void sweep() {
    List<Missing> missing =
        jdbc.sql(
                """
                SELECT t.id, t.tenant_id FROM ticket t
                WHERE NOT EXISTS (SELECT 1 FROM ticket_vector v WHERE v.ticket_id = t.id)
                ORDER BY t.id
                FETCH FIRST :batch ROWS ONLY
                """)
            .param("batch", SWEEP_BATCH)
            .query(Missing.class)
            .list();
    missing.forEach(ticket -> embed(ticket.id(), ticket.tenantId()));
  }

  private void embed(Long ticketId, String tenantId) {
    if (queued.add(ticketId)
        && !submit(
            () -> {
              queued.remove(ticketId);
              vectors.store(ticketId, tenantId);
            })) {
      queued.remove(ticketId);
    }
  }

  /** False when the queue is full; the sweep finds what was left out. */
  private boolean submit(Runnable work) {
    try {
      worker.execute(() -> guarded(work));
      return true;
    } catch (RejectedExecutionException full) {
      return false;
    }
  }

  private static void guarded(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      // The sweep tries a missing vector again; a failure here must not stop the worker.
      log.warn("A ticket vector could not be written: {}", e.toString());
    }
  }

  private static void afterCommit(Runnable work) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              work.run();
            }
          });
    } else {
      work.run();
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  record Missing(Long id, String tenantId) {}
}
