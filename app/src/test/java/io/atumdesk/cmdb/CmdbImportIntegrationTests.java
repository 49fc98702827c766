package io.atumdesk.cmdb;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.Api.FilePart;
import io.atumdesk.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** CSV import: valid rows taken, the others reported with row, column and reason, and kept. */
@IntegrationTest
class CmdbImportIntegrationTests {

  @LocalServerPort int port;
  Api admin;
  String run;

  @BeforeEach
  void signIn() {
    admin = new Api(port).as("admin");
    run = Long.toString(System.nanoTime(), 36);
  }

  @Test
  void takesTheGoodRowsReportsAndKeepsTheBadOnesAndIsIdempotent() {
    String cis =
        """
        type,name,state,owner,criticality,attr.ip,attr.cpus
        server,web-%1$s,in service,service-desk,,10.0.0.1,8
        service,Shop %1$s,deployed,,critical,,
        teapot,kettle-%1$s,,,,,
        server,bad-%1$s,broken,,,,
        application,"Shop, web %1$s",planned,nobody-%1$s,,,
        laptop,,,,,,
        server,cpu-%1$s,,,,,many
        """
            .formatted(run);
    String relations =
        """
        source,relation,target
        Shop %1$s,depends on,web-%1$s
        web-%1$s,likes,Shop %1$s
        web-%1$s,depends on,Shop %1$s
        nowhere-%1$s,runs on,web-%1$s
        """
            .formatted(run);

    var response = upload(cis, relations);

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    JsonNode report = response.json();
    assertThat(report.path("counts").path("created").asInt()).isEqualTo(2);
    assertThat(report.path("counts").path("relations").asInt()).isEqualTo(1);
    assertThat(report.path("counts").path("rejected").asInt()).isEqualTo(8);
    List<String> rejected = rejections(report);
    for (String expected :
        List.of(
            "cis 4 type: must be one of",
            "cis 5 state: must be one of",
            "cis 6 owner: must be a group key or a username",
            "cis 7 name: must be 1 to 200 characters",
            "cis 8 attr.cpus: must be a number",
            "relations 3 relation: must be depends on",
            "relations 4 null: ",
            "relations 5 source: names no item")) {
      assertThat(rejected).as(expected).anyMatch(line -> line.startsWith(expected));
    }
    assertThat(report.toString()).contains("would close the cycle");
    assertThat(admin.get(response.header("Location")).json()).isEqualTo(report);
    JsonNode web = admin.get("/api/v1/cis?text=web-" + run).json().path("items").get(0);
    assertThat(web.path("attributes").path("cpus").asInt()).isEqualTo(8);
    assertThat(web.path("state").asString()).isEqualTo("IN_SERVICE");

    JsonNode again = upload(cis, relations).json();

    assertThat(again.path("counts").path("created").asInt()).isZero();
    assertThat(again.path("counts").path("unchanged").asInt()).isEqualTo(2);
    assertThat(again.path("counts").path("relations").asInt()).isZero();
    assertThat(admin.get("/api/v1/cis?text=" + run).json().path("total").asInt()).isEqualTo(2);
  }

  @Test
  void updatesAnExistingItemOfTheSameTypeAndName() {
    upload("type,name,attr.os\nserver,upd-%s,Debian 12\n".formatted(run), null);

    JsonNode report =
        upload(
                "type,name,state,attr.os\nserver,upd-%s,under maintenance,Debian 13\n"
                    .formatted(run),
                null)
            .json();

    assertThat(report.path("counts").path("updated").asInt()).isEqualTo(1);
    JsonNode item = admin.get("/api/v1/cis?text=upd-" + run).json().path("items").get(0);
    assertThat(item.path("attributes").path("os").asString()).isEqualTo("Debian 13");
    assertThat(item.path("state").asString()).isEqualTo("UNDER_MAINTENANCE");
  }

  @Test
  void refusesAFileItCannotReadAndImportsNothing() {
    assertProblem(upload("name,colour\nx-%s,red\n".formatted(run), null), 400);
    assertProblem(upload("type,name\nserver,\"open-%s\n".formatted(run), null), 400);
    assertThat(admin.get("/api/v1/cis?text=" + run).json().path("total").asInt()).isZero();
    assertProblem(
        new Api(port)
            .as("agent")
            .uploadParts("/api/v1/cis/import", Map.of("cis", csv("type,name\nserver,x\n"))),
        403);
  }

  private Api.Response upload(String cis, String relations) {
    Map<String, FilePart> parts = new LinkedHashMap<>();
    parts.put("cis", csv(cis));
    if (relations != null) {
      parts.put("relations", csv(relations));
    }
    return admin.uploadParts("/api/v1/cis/import", parts);
  }

  private static FilePart csv(String text) {
    return FilePart.of("items.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  /** Each rejection as {@code file row column: reason}. */
  private static List<String> rejections(JsonNode report) {
    List<String> lines = new ArrayList<>();
    report
        .path("rejected")
        .forEach(
            r ->
                lines.add(
                    r.path("file").asString()
                        + " "
                        + r.path("row").asInt()
                        + " "
                        + (r.path("column").isNull() ? "null" : r.path("column").asString())
                        + ": "
                        + r.path("reason").asString()));
    return lines;
  }
}
