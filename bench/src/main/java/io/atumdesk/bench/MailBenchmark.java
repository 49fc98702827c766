package io.atumdesk.bench;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inbound mail to ticket: delivers {@code --count} mails over SMTP at {@code --rate} mails per
 * second (each from its own sender, so the per-sender rate limit stays out of it) and polls {@code
 * GET /api/v1/tickets?text=RUN} until each mail's subject is a ticket. Prints the throughput (mails
 * per second from the first delivery to the last ticket seen) and the latency from each mail's SMTP
 * delivery to its ticket first seen, whose resolution is the poll interval.
 *
 * <pre>java -cp ... io.atumdesk.bench.MailBenchmark --url http://localhost:8083 --smtp-port 3025
 * --to support@acme.example --count 1000 --rate 50</pre>
 */
public final class MailBenchmark {

  private static final Pattern SUBJECT =
      Pattern.compile("\"subject\"\\s*:\\s*\"(mailbench-[^\"]+)\"");

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    URI url = URI.create(o.getOrDefault("url", "http://localhost:8083"));
    int count = Integer.parseInt(o.getOrDefault("count", "1000"));
    double rate = Double.parseDouble(o.getOrDefault("rate", "50"));
    int maxSeconds = Integer.parseInt(o.getOrDefault("max-seconds", "900"));
    String run = "mailbench-" + Long.toString(System.currentTimeMillis(), 36);
    Map<String, Long> sent = new ConcurrentHashMap<>();
    Map<String, Long> seen = new ConcurrentHashMap<>();
    String authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (o.getOrDefault("user", "admin") + ":" + o.getOrDefault("password", "admin"))
                        .getBytes(StandardCharsets.UTF_8));

    Thread poller = new Thread(() -> poll(url, authorization, run, count, sent, seen));
    poller.setDaemon(true);
    poller.start();
    long start = System.nanoTime();
    send(o, run, count, rate, sent);
    long sentAll = System.nanoTime();
    poller.join(maxSeconds * 1000L);
    long end = seen.values().stream().mapToLong(Long::longValue).max().orElse(System.nanoTime());

    List<Long> latencies = new ArrayList<>();
    sent.forEach(
        (subject, at) -> {
          Long ticket = seen.get(subject);
          if (ticket != null) {
            latencies.add((ticket - at) / 1_000_000);
          }
        });
    Collections.sort(latencies);
    System.out.printf(
        "mails sent: %d in %.1f s (asked %.0f/s)%n", count, (sentAll - start) / 1e9, rate);
    System.out.printf(
        "tickets seen: %d, missing: %d%n", latencies.size(), count - latencies.size());
    System.out.printf(
        "throughput: %.1f mails/s (first delivery to last ticket, %.1f s)%n",
        latencies.size() / ((end - start) / 1e9), (end - start) / 1e9);
    System.out.printf(
        "latency delivery -> ticket: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
        pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), pct(latencies, 100));
  }

  private static void send(
      Map<String, String> o, String run, int count, double rate, Map<String, Long> sent)
      throws Exception {
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.host", o.getOrDefault("smtp-host", "127.0.0.1"));
    properties.setProperty("mail.smtp.port", o.getOrDefault("smtp-port", "3025"));
    Session session = Session.getInstance(properties);
    String to = o.getOrDefault("to", "support@acme.example");
    long start = System.nanoTime();
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect();
      for (int i = 0; i < count; i++) {
        long due = start + (long) (i * 1e9 / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(new InternetAddress("sender" + i + "@" + run + ".example"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        String subject = run + "-" + i;
        mail.setSubject(subject);
        mail.setText("Printer " + i + " jams on every page.", "UTF-8");
        mail.saveChanges();
        transport.sendMessage(mail, mail.getAllRecipients());
        sent.put(subject, System.nanoTime());
      }
    }
  }

  private static void poll(
      URI url,
      String authorization,
      String run,
      int count,
      Map<String, Long> sent,
      Map<String, Long> seen) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request =
        HttpRequest.newBuilder(
                url.resolve("/api/v1/tickets?text=" + run + "&size=100&sort=createdAt,desc"))
            .header("Authorization", authorization)
            .build();
    while (seen.size() < count) {
      try {
        String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        long now = System.nanoTime();
        Matcher m = SUBJECT.matcher(body);
        while (m.find()) {
          if (sent.containsKey(m.group(1))) {
            seen.putIfAbsent(m.group(1), now);
          }
        }
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        System.err.println("poll failed: " + e);
      }
    }
  }

  private static long pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }
}
