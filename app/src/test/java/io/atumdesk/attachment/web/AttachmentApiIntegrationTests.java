package io.atumdesk.attachment.web;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.Api;
import io.atumdesk.Api.FilePart;
import io.atumdesk.IntegrationTest;
import io.atumdesk.attachment.AttachmentProperties;
import io.atumdesk.attachment.AttachmentTooLargeException;
import io.atumdesk.attachment.Attachments;
import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.TicketKey;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Attachments over real HTTP: streamed in and out, typed by content, limited, access-checked. */
@IntegrationTest
class AttachmentApiIntegrationTests {

  static final byte[] PNG =
      bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0);
  static final byte[] HTML =
      "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
          .getBytes(StandardCharsets.UTF_8);
  static final byte[] EXE = bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0);

  @LocalServerPort int port;
  @Autowired AttachmentProperties properties;
  @Autowired MultipartConfigElement multipart;
  @Autowired Attachments facade;
  Api customer;
  Api agent;
  String key;
  String attachments;

  @BeforeEach
  void raiseTicket() {
    customer = new Api(port).as("customer");
    agent = new Api(port).as("agent");
    key =
        customer
            .post(
                "/api/v1/tickets",
                "{\"type\":\"INCIDENT\",\"subject\":\"Printer\",\"description\":\"Jams\"}")
            .field("key");
    attachments = "/api/v1/tickets/" + key + "/attachments";
  }

  @Test
  void downloadsTheExactBytesUploadedTypedFromContentNotFromTheClaim() throws Exception {
    var uploaded = customer.upload(attachments, FilePart.of("screen.png", "text/html", PNG));

    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    JsonNode view = uploaded.json().get(0);
    assertThat(view.path("mediaType").asString()).isEqualTo("image/png");
    assertThat(view.path("state").asString()).isEqualTo("STORED");
    assertThat(view.path("inline").asBoolean()).isTrue();
    assertThat(view.path("size").asLong()).isEqualTo(PNG.length);
    assertThat(view.path("sha256").asString()).isEqualTo(sha256(PNG));

    HttpResponse<byte[]> download = agent.download(attachments + "/" + view.path("id").asLong());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(PNG);
    assertThat(header(download, "Content-Type")).isEqualTo("image/png");
    assertThat(header(download, "Content-Disposition")).startsWith("inline;");
    assertThat(header(download, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(agent.get(attachments).json().findValuesAsString("filename"))
        .containsExactly("screen.png");
    assertThat(customer.get("/api/v1/tickets/" + key + "/timeline").text())
        .contains("Attached screen.png (18 bytes)");
  }

  @Test
  void aFileWithoutAKnownExtensionIsTypedByItsContent() {
    byte[] pdf = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    JsonNode view = customer.upload(attachments, FilePart.of("scan", pdf)).json().get(0);

    assertThat(view.path("mediaType").asString()).isEqualTo("application/pdf");
    var download = customer.download(attachments + "/" + view.path("id").asLong());
    assertThat(header(download, "Content-Type")).isEqualTo("application/pdf");
    assertThat(header(download, "Content-Disposition")).startsWith("attachment;");
  }

  @Test
  void contentThatDoesNotMatchItsNameIsQuarantinedWithItsReasonAndNeverServed() {
    var uploaded =
        customer.upload(
            attachments,
            FilePart.of("invoice.pdf", "application/pdf", HTML),
            FilePart.of("photo.png", "image/png", EXE));

    assertThat(uploaded.status()).isEqualTo(201);
    JsonNode html = uploaded.json().get(0);
    assertThat(html.path("state").asString()).isEqualTo("QUARANTINED");
    assertThat(html.path("quarantineReason").asString())
        .isEqualTo(
            "Its content is text/html, but its name 'invoice.pdf' says application/pdf; it is"
                + " kept in quarantine. Rename it to what it is, or send the right file.");
    assertThat(uploaded.json().get(1).path("quarantineReason").asString())
        .contains("application/x-msdownload", "'photo.png'");
    assertThat(agent.get(attachments).json()).isEmpty();
    assertProblem(agent.get(attachments + "/" + html.path("id").asLong()), 404);

    var quarantine = new Api(port).as("admin").get("/api/v1/attachments/quarantine").json();
    assertThat(quarantine.findValuesAsString("ticketKey")).contains(key);
    assertThat(quarantine.findValuesAsString("quarantineReason"))
        .anyMatch(reason -> reason.contains("'invoice.pdf'"));
    assertProblem(agent.get("/api/v1/attachments/quarantine"), 403);
  }

  @Test
  void webPagesAndScriptsAreServedOnlyAsOpaqueDownloads() {
    JsonNode view = agent.upload(attachments, FilePart.of("page.html", HTML)).json().get(0);

    assertThat(view.path("mediaType").asString()).isEqualTo("text/html");
    assertThat(view.path("inline").asBoolean()).isFalse();
    var download = customer.download(attachments + "/" + view.path("id").asLong());
    assertThat(download.body()).isEqualTo(HTML);
    assertThat(header(download, "Content-Type")).isEqualTo("application/octet-stream");
    assertThat(header(download, "Content-Disposition")).startsWith("attachment;");
    assertThat(header(download, "Content-Security-Policy")).contains("sandbox");
  }

  @Test
  void anUploadDeclaredOverTheLimitIs413BeforeItsBodyIsReadAndLeavesNothing() throws IOException {
    long before = storedFiles();

    var refused = customer.upload(attachments, zeros("big.bin", properties.maxSize().toBytes()));

    assertProblem(refused, 413);
    assertThat(refused.field("detail")).isEqualTo("The request body is larger than 25 MB.");
    assertThat(agent.get(attachments).json()).isEmpty();
    assertThat(storedFiles()).isEqualTo(before);
  }

  @Test
  void aChunkedUploadOverTheLimitIsCutOffWith413AndLeavesNothing() throws IOException {
    long before = storedFiles();

    var refused =
        customer.uploadChunked(attachments, zeros("big.bin", properties.maxSize().toBytes() + 1));

    assertProblem(refused, 413);
    // The servlet container's multipart parsing, held to our limit, noticed while reading.
    assertThat(refused.field("detail"))
        .isEqualTo(
            "The upload is larger than 25 MB, the most one upload may carry; send smaller files,"
                + " or fewer at a time.");
    assertThat(agent.get(attachments).json()).isEmpty();
    assertThat(storedFiles()).isEqualTo(before);
  }

  @Test
  void anUploadJustUnderTheLimitIsStreamedThrough() {
    long size = properties.maxSize().toBytes() - 64 * 1024;
    var uploaded = customer.uploadChunked(attachments, zeros("almost.bin", size));

    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    assertThat(uploaded.json().get(0).path("size").asLong()).isEqualTo(size);
  }

  @Test
  void filenamesLoseDirectoriesAndControlCharacters() {
    JsonNode view =
        customer
            .upload(attachments, FilePart.of("../../etc/pa\u0001ss\u0007wd.txt", "hi".getBytes()))
            .json()
            .get(0);

    assertThat(view.path("filename").asString()).isEqualTo("passwd.txt");
    var download = customer.download(attachments + "/" + view.path("id").asLong());
    assertThat(header(download, "Content-Disposition")).contains("passwd.txt").doesNotContain("..");
  }

  @Test
  void aUnicodeNameIsOfferedAsUtf8InTheContentDisposition() {
    JsonNode view =
        customer
            .upload(attachments, FilePart.of("Bericht über Ärger €.txt", "Text".getBytes()))
            .json()
            .get(0);

    assertThat(view.path("filename").asString()).isEqualTo("Bericht über Ärger €.txt");
    var download = customer.download(attachments + "/" + view.path("id").asLong());
    assertThat(header(download, "Content-Disposition"))
        .startsWith("attachment;")
        .contains("filename*=UTF-8''Bericht%20%C3%BCber%20%C3%84rger%20%E2%82%AC.txt");
  }

  @Test
  void customersNeverSeeTheFilesOfInternalNotes() {
    long note =
        agent
            .post("/api/v1/tickets/" + key + "/comments", "{\"body\":\"Vendor\",\"internal\":true}")
            .json()
            .path("id")
            .asLong();
    long reply =
        customer
            .post("/api/v1/tickets/" + key + "/comments", "{\"body\":\"Here is the log\"}")
            .json()
            .path("id")
            .asLong();
    long secret =
        agent
            .upload(
                attachments, Map.of("entry", "" + note), FilePart.of("quote.txt", "42".getBytes()))
            .json()
            .get(0)
            .path("id")
            .asLong();
    customer.upload(
        attachments, Map.of("entry", "" + reply), FilePart.of("log.txt", "ok".getBytes()));

    assertThat(agent.get(attachments).json().findValuesAsString("filename"))
        .containsExactly("quote.txt", "log.txt");
    assertThat(customer.get(attachments).json().findValuesAsString("filename"))
        .containsExactly("log.txt");
    assertProblem(customer.get(attachments + "/" + secret), 404);
    assertThat(customer.get("/api/v1/tickets/" + key + "/timeline").text())
        .contains("Attached log.txt")
        .doesNotContain("quote.txt");
    assertThat(agent.get("/api/v1/tickets/" + key + "/timeline").text()).contains("quote.txt");
    var onTheNote =
        customer.upload(
            attachments, Map.of("entry", "" + note), FilePart.of("x.txt", "x".getBytes()));
    assertProblem(onTheNote, 400);
  }

  @Test
  void customersSeeNoAttachmentsOfTicketsTheyDidNotRequest() {
    String others =
        agent
            .post(
                "/api/v1/tickets",
                "{\"type\":\"INCIDENT\",\"subject\":\"Other\",\"requester\":\"someone-else\"}")
            .field("key");
    String path = "/api/v1/tickets/" + others + "/attachments";
    long id =
        agent.upload(path, FilePart.of("a.txt", "a".getBytes())).json().get(0).path("id").asLong();

    assertProblem(customer.get(path), 404);
    assertProblem(customer.get(path + "/" + id), 404);
    assertProblem(customer.upload(path, FilePart.of("b.txt", "b".getBytes())), 404);
  }

  @Test
  void anotherTenantsAttachmentsDoNotExist() {
    long id =
        customer
            .upload(attachments, FilePart.of("a.txt", "a".getBytes()))
            .json()
            .get(0)
            .path("id")
            .asLong();
    Api globex = new Api(port).as("agent2");

    assertProblem(globex.get(attachments), 404);
    assertProblem(globex.get(attachments + "/" + id), 404);
    assertProblem(globex.upload(attachments, FilePart.of("b.txt", "b".getBytes())), 404);
    assertThat(new Api(port).as("admin").get("/api/v1/attachments/quarantine").status())
        .isEqualTo(200);
  }

  @Test
  void theFacadeCutsOffAStreamOverTheLimitAndKeepsNothing() throws IOException {
    long before = storedFiles();
    long limit = properties.maxSize().toBytes();
    var actor = new Actor("customer", "acme", Set.of(Role.CUSTOMER), Set.of());
    TicketKey ticket = new TicketKey(key);

    TenantContext.runAs(
        "acme",
        () -> {
          assertThatThrownBy(
                  () -> facade.store(actor, ticket, null, "big.bin", new Zeros(limit + 1), -1))
              .isInstanceOf(AttachmentTooLargeException.class);
          assertThatThrownBy(
                  () -> facade.store(actor, ticket, null, "big.bin", new Zeros(0), limit + 1))
              .isInstanceOf(AttachmentTooLargeException.class);
        });

    assertThat(storedFiles()).isEqualTo(before);
    assertThat(agent.get(attachments).json()).isEmpty();
  }

  @Test
  void theServletContainersMultipartLimitsAreOurs() {
    assertThat(multipart.getMaxFileSize()).isEqualTo(properties.maxSize().toBytes());
    assertThat(multipart.getMaxRequestSize()).isEqualTo(properties.maxSize().toBytes());
    assertThat(multipart.getFileSizeThreshold()).isZero();
  }

  private long storedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(properties.directory())) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private static FilePart zeros(String name, long size) {
    return new FilePart(name, "application/octet-stream", size, () -> new Zeros(size));
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  /** {@code size} zero bytes, never held in memory at once. */
  private static final class Zeros extends InputStream {
    private long left;

    Zeros(long size) {
      this.left = size;
    }

    @Override
    public int read() {
      return left-- > 0 ? 0 : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
      left -= n;
      return n;
    }
  }
}
