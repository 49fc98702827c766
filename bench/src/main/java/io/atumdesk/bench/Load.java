package io.atumdesk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a numbered operation {@code count} times on {@code clients} threads, each thread taking the
 * next number as soon as its last call returned (a closed loop). Stops early at the deadline.
 */
final class Load {

  /** One call; a thrown exception counts as an error and its latency is still recorded. */
  interface Operation {
    void run(int index) throws Exception;
  }

  private final int clients;
  private final Duration deadline;

  Load(int clients, Duration deadline) {
    this.clients = clients;
    this.deadline = deadline;
  }

  LoadResult run(String name, int count, Operation operation) throws Exception {
    long[] latencies = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime();
    long stopAt = start + deadline.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < count && System.nanoTime() < stopAt;
                      i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    try {
                      operation.run(i);
                    } catch (Exception e) {
                      if (errors.getAndIncrement() == 0) {
                        System.err.println(name + ": first error: " + e);
                      }
                    }
                    latencies[done.getAndIncrement()] = System.nanoTime() - begin;
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    long wall = System.nanoTime() - start;
    long[] measured = Arrays.copyOf(latencies, done.get());
    return new LoadResult(name, clients, wall, measured, errors.get());
  }
}
