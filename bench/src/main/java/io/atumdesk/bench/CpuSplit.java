package io.atumdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU seconds (user plus system, from /proc) spent by the app's JVM, by all PostgreSQL processes
 * and by this client, so that the share of the two cores each one took is visible. Linux only; an
 * empty split elsewhere. "machine" is every core's busy time, so what it has beyond the other three
 * is load from processes that are not part of the benchmark.
 */
final class CpuSplit {

  private static final double TICKS_PER_SECOND = 100.0;

  private final long appPid;

  CpuSplit(long appPid) {
    this.appPid = appPid;
  }

  Map<String, Double> seconds() {
    Map<String, Double> split = new LinkedHashMap<>();
    split.put("app", appPid > 0 ? cpu(Path.of("/proc", Long.toString(appPid))) : 0.0);
    split.put("postgres", 0.0);
    split.put("client", cpu(Path.of("/proc", Long.toString(ProcessHandle.current().pid()))));
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      processes
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .filter(p -> "postgres".equals(command(p)))
          .forEach(p -> split.merge("postgres", cpu(p), Double::sum));
    } catch (IOException e) {
      return Map.of();
    }
    split.put("machine", machineBusy());
    return split;
  }

  static void print(Map<String, Double> before, Map<String, Double> after, double wallSeconds) {
    if (before.isEmpty() || after.isEmpty()) {
      return;
    }
    StringBuilder line = new StringBuilder("  CPU over the run:");
    after.forEach(
        (name, seconds) -> {
          double used = seconds - before.getOrDefault(name, 0.0);
          line.append(
              String.format(
                  " %s %.1f s (%.0f%% of a core);", name, used, 100 * used / wallSeconds));
        });
    System.out.println(line);
  }

  /** Busy seconds of all cores: everything but idle and I/O wait. */
  private static double machineBusy() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i <= 8; i++) {
        busy += (i == 4 || i == 5) ? 0 : Long.parseLong(f[i]);
      }
      return busy / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0.0;
    }
  }

  private static String command(Path process) {
    try {
      return Files.readString(process.resolve("comm")).trim();
    } catch (IOException e) {
      return "";
    }
  }

  private static double cpu(Path process) {
    try {
      String stat = Files.readString(process.resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0.0;
    }
  }
}
