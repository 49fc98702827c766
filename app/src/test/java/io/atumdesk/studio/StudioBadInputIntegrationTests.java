package io.atumdesk.studio;

import static io.atumdesk.Problems.assertProblem;
import static io.atumdesk.studio.StudioModels.PROCESSES;
import static io.atumdesk.studio.StudioModels.draftForm;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Hostile and unsafe models: XML that reaches outside or explodes is refused with 400 in under a
 * second, wherever it is sent; a model that would run code or evaluate an expression outside the
 * palette is saved as a draft but refused at publish, each element named.
 */
@IntegrationTest
class StudioBadInputIntegrationTests {

  static final String EXTERNAL_ENTITY =
      """
      <?xml version="1.0"?>
      <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
        <process id="problem" name="&secret;" isExecutable="true"/>
      </definitions>""";

  static final String BILLION_LAUGHS =
      """
      <?xml version="1.0"?>
      <!DOCTYPE definitions [
        <!ENTITY a "hahahahahahahahahaha">
        <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
        <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
        <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
        <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
        <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
        <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
        <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
      ]>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
        <process id="problem" name="&h;" isExecutable="true"/>
      </definitions>""";

  @LocalServerPort int port;
  Api designer;

  @BeforeEach
  void signIn() {
    designer = new Api(port).as("designer");
    // Measured on a warm server: the first request of a run loads classes of its own.
    designer.sendXml(PROCESSES + "problem/validate", "<warm-up/>");
  }

  @AfterEach
  void noDraftLeft() {
    StudioCleanup.discardDraft(designer, "problem");
  }

  @Test
  void refusesExternalEntitiesAndEntityExpansionQuickly() {
    for (String xml : new String[] {EXTERNAL_ENTITY, BILLION_LAUGHS}) {
      var validated = quickly(() -> designer.sendXml(PROCESSES + "problem/validate", xml));
      assertProblem(validated, 400);
      assertThat(validated.text()).contains("DOCTYPE").doesNotContain("root:");
      var saved =
          quickly(() -> designer.send("PUT", PROCESSES + "problem/draft", draftForm(xml, 0)));
      assertProblem(saved, 400);
    }
  }

  @Test
  void refusesAModelWithATenMegabyteAttributeQuickly() {
    String huge =
        StudioModels.shipped("problem")
            .replace("name=\"Problem\"", "name=\"" + "x".repeat(10 * 1024 * 1024) + "\"");
    String form = draftForm(huge, 0);
    // The server refuses by Content-Length before reading; what remains is pushing 10 MB through
    // the client, about a second on this shared machine, hence the wider bound.
    var validated =
        quickly(
            () -> designer.sendXml(PROCESSES + "problem/validate", huge), Duration.ofSeconds(2));
    assertProblem(validated, 400);
    assertThat(validated.field("detail")).contains("at most 1024 KB");
    assertProblem(
        quickly(
            () -> designer.send("PUT", PROCESSES + "problem/draft", form), Duration.ofSeconds(2)),
        400);
  }

  @Test
  void refusesWhatIsNotAProcessModel() {
    assertProblem(designer.sendXml(PROCESSES + "problem/validate", "<definitions"), 400);
    assertProblem(designer.sendXml(PROCESSES + "problem/validate", "<note>hi</note>"), 400);
    assertProblem(designer.send("PUT", PROCESSES + "problem/draft", "{\"xml\":\"<x/>\"}"), 400);
  }

  @Test
  void publishingRefusesCodeAndExpressionsNamingEachElement() {
    String unsafe =
        StudioModels.withElements(
            "problem",
            """
            <scriptTask id="runScript" name="Script" scriptFormat="groovy"><script>1</script></scriptTask>
            <serviceTask id="classDelegate" name="Class" flowable:class="java.lang.Runtime"/>
            <serviceTask id="beanCall" name="Bean" flowable:expression="${runtimeService.toString()}"/>
            <userTask id="namedByExpression" name="Hello ${requester}"/>
            <userTask id="documentedByExpression" name="Docs">
              <documentation>#{ticketId}</documentation>
            </userTask>
            <userTask id="withListener" name="Listener">
              <extensionElements>
                <flowable:taskListener event="create" expression="${execution.setVariable('a', 1)}"/>
              </extensionElements>
            </userTask>
            """);
    int revision = designer.get(PROCESSES + "problem/draft").json().path("revision").asInt();
    var saved = designer.send("PUT", PROCESSES + "problem/draft", draftForm(unsafe, revision));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

    var published =
        designer.post(
            PROCESSES + "problem/publish",
            "{\"revision\":" + saved.json().path("revision").asInt() + "}");

    assertProblem(published, 400);
    JsonNode errors = published.json().path("errors");
    for (String element :
        new String[] {
          "runScript",
          "classDelegate",
          "beanCall",
          "namedByExpression",
          "documentedByExpression",
          "withListener"
        }) {
      assertThat(errors.toString()).as("errors name %s", element).contains("\"" + element + "\"");
    }
    assertThat(published.field("detail")).contains("runScript").contains("namedByExpression");
  }

  /**
   * The answer, and that the fastest of three tries took under a second: other builds share this
   * machine's two cores, so one try alone may wait for a core; expanding or fetching an entity
   * would be slow every time.
   */
  private static <T> T quickly(Supplier<T> call) {
    return quickly(call, Duration.ofSeconds(1));
  }

  private static <T> T quickly(Supplier<T> call, Duration bound) {
    Duration fastest = null;
    T response = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      Instant start = Instant.now();
      response = call.get();
      Duration took = Duration.between(start, Instant.now());
      fastest = fastest == null || took.compareTo(fastest) < 0 ? took : fastest;
    }
    assertThat(fastest).isLessThan(bound);
    return response;
  }
}
