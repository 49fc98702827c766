package io.atumdesk.assist.similar.bench;

import io.atumdesk.AtumDeskApplication;
import io.atumdesk.assist.TextEmbeddings;
import io.atumdesk.assist.TicketMatch;
import io.atumdesk.assist.TicketScope;
import io.atumdesk.assist.TicketVectors;
import io.atumdesk.assist.similar.SimilarTickets;
import io.atumdesk.assist.similar.SimilarTicketsView;
import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.TicketKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Similar-ticket lookup over 100,000 ticket vectors of tenant acme in the Lucene index, the whole
 * application booted (H2 in memory, the index on the heap as in tests). The indexed vectors are
 * generated: 400 real sentence embeddings of ticket-like texts, each spread into 250 neighbours by
 * noise, so the index has the clusters real tickets form; a fifth of them resolved. The queries are
 * real embeddings of other texts.
 *
 * <p>{@code nearest}: {@code TicketVectors.nearest(query, 5, OPEN)}, one Lucene kNN query. {@code
 * similarTicketsPage}: {@code SimilarTickets.of}, what the ticket page and the API answer: the
 * ticket's stored vector, the five nearest open and five nearest resolved tickets with their rows,
 * its duplicate flag and storm.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class SimilarTicketsBenchmark {

  static final int TICKETS = 100_000;
  static final int TOPICS = 400;
  static final long BASE = 10_000_000;
  static final String[] THINGS = {
    "VPN",
    "Outlook",
    "printer",
    "laptop",
    "Wi-Fi",
    "SAP",
    "Teams",
    "password",
    "monitor",
    "disk",
    "shared drive",
    "phone",
    "badge reader",
    "database",
    "web shop",
    "payroll",
    "backup",
    "Excel",
    "docking station",
    "server"
  };
  static final String[] PROBLEMS = {
    "does not start",
    "is very slow",
    "keeps disconnecting",
    "shows an error",
    "was stolen",
    "needs an update",
    "asks for my password again and again",
    "cannot be reached",
    "crashes when I open it",
    "prints blank pages",
    "is full",
    "lost my settings",
    "is flickering",
    "cannot sync",
    "times out",
    "was locked",
    "needs replacing",
    "sends duplicate mails",
    "has no licence",
    "broke after the update"
  };

  @Param("jdbc:h2:mem:atum-similar-bench;DB_CLOSE_DELAY=-1")
  public String database;

  private ConfigurableApplicationContext context;
  private TicketVectors vectors;
  private SimilarTickets similar;
  private final List<float[]> queries = new ArrayList<>();
  private final Actor agent = new Actor("agent", "acme", Set.of(Role.AGENT), Set.of());
  private int next;

  @Setup
  public void start() {
    context =
        new SpringApplicationBuilder(AtumDeskApplication.class)
            .profiles("test")
            .properties("server.port=0", "logging.level.root=WARN")
            .run("--spring.datasource.url=" + database);
    vectors = context.getBean(TicketVectors.class);
    similar = context.getBean(SimilarTickets.class);
    TextEmbeddings embeddings = context.getBean(TextEmbeddings.class);
    seed(embeddings);
    for (String query :
        List.of(
            "My VPN drops every ten minutes when I work from home",
            "Outlook freezes as soon as I open the calendar",
            "The printer on floor 3 only prints empty pages",
            "I forgot my password and the account is locked now",
            "The shared drive S: is gone since this morning",
            "Laptop screen flickers after the driver update")) {
      queries.add(embeddings.embed(query).orElseThrow());
    }
  }

  @TearDown
  public void stop() {
    context.close();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<TicketMatch> nearest() {
    float[] query = queries.get(next++ % queries.size());
    return TenantContext.callAs(
        "acme", () -> vectors.nearest(query, 5, TicketScope.OPEN, Set.of()));
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public SimilarTicketsView similarTicketsPage() {
    next = (next + 7919) % TICKETS;
    TicketKey key = key(next);
    return TenantContext.callAs("acme", () -> similar.of(agent, key));
  }

  private static TicketKey key(long index) {
    return new TicketKey("INC-%07d".formatted(BASE + index));
  }

  /** Writes the tickets and vectors once per database, then builds acme's index from them. */
  private void seed(TextEmbeddings embeddings) {
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    Integer seeded =
        jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE id = ?", Integer.class, BASE);
    if (seeded == null || seeded == 0) {
      write(jdbc, context.getBean(TransactionTemplate.class), topics(embeddings));
    }
    TenantContext.runAs(
        "acme",
        () -> {
          try (EntityManager session =
              context.getBean(EntityManagerFactory.class).createEntityManager()) {
            // One merged segment, as a long-running index converges to; and no merge left running
            // in the background to compete with the measurement.
            Search.session(session).massIndexer().mergeSegmentsOnFinish(true).startAndWait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        });
  }

  private static List<float[]> topics(TextEmbeddings embeddings) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < TOPICS; i++) {
      texts.add(
          "The %s %s (case %d)"
              .formatted(
                  THINGS[i % THINGS.length], PROBLEMS[(i / THINGS.length) % PROBLEMS.length], i));
    }
    return embeddings.embedAll(texts).stream().map(v -> v.orElseThrow()).toList();
  }

  /** Each ticket with its vector in one transaction: the vector sweep must never see one alone. */
  private static void write(
      JdbcTemplate jdbc, TransactionTemplate transaction, List<float[]> topics) {
    Random random = new Random(42);
    Timestamp now = Timestamp.from(Instant.parse("2026-11-01T08:00:00Z"));
    for (int from = 0; from < TICKETS; from += 1000) {
      List<Object[]> tickets = new ArrayList<>();
      List<Object[]> rows = new ArrayList<>();
      for (int i = from; i < from + 1000; i++) {
        boolean resolved = i % 5 == 0;
        tickets.add(
            new Object[] {
              BASE + i,
              key(i).value(),
              resolved ? "RESOLVED" : "NEW",
              "Generated ticket " + i,
              now,
              now
            });
        rows.add(
            new Object[] {
              BASE + i, bytes(near(topics.get(i % TOPICS), random)), resolved, now, now
            });
      }
      transaction.executeWithoutResult(status -> insert(jdbc, tickets, rows));
    }
  }

  private static void insert(JdbcTemplate jdbc, List<Object[]> tickets, List<Object[]> rows) {
    jdbc.batchUpdate(
        "INSERT INTO ticket (id, tenant_id, ticket_key, type, status, subject, requester,"
            + " reopen_count, created_at, updated_at, version)"
            + " VALUES (?, 'acme', ?, 'INCIDENT', ?, ?, 'customer', 0, ?, ?, 0)",
        tickets);
    jdbc.batchUpdate(
        "INSERT INTO ticket_vector (ticket_id, tenant_id, model, vector, resolved, created_at,"
            + " updated_at) VALUES (?, 'acme', 'all-minilm-l6-v2-q', ?, ?, ?, ?)",
        rows);
  }

  /** A unit vector near {@code topic}: about 0.8 to 0.9 cosine similarity to it. */
  private static float[] near(float[] topic, Random random) {
    float[] vector = new float[topic.length];
    double norm = 0;
    for (int d = 0; d < topic.length; d++) {
      vector[d] = (float) (topic[d] + random.nextGaussian() * 0.03);
      norm += vector[d] * vector[d];
    }
    for (int d = 0; d < topic.length; d++) {
      vector[d] /= (float) Math.sqrt(norm);
    }
    return vector;
  }

  private static byte[] bytes(float[] vector) {
    ByteBuffer bytes =
        ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(vector);
    return bytes.array();
  }
}
