package io.atumdesk.bench;

import java.util.Arrays;

/** What one measured load did: throughput over the wall time and latency percentiles. */
record LoadResult(String name, int clients, long wallNanos, long[] latencyNanos, int errors) {

  LoadResult {
    latencyNanos = latencyNanos.clone();
    Arrays.sort(latencyNanos);
  }

  int count() {
    return latencyNanos.length;
  }

  double perSecond() {
    return count() / (wallNanos / 1e9);
  }

  /** The nearest-rank percentile in milliseconds. */
  double percentileMillis(double percentile) {
    if (latencyNanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * latencyNanos.length);
    return latencyNanos[Math.max(0, Math.min(rank, latencyNanos.length) - 1)] / 1e6;
  }
}
