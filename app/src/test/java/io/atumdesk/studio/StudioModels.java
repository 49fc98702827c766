package io.atumdesk.studio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Process models for the studio's tests, made from the shipped ones by small, named edits. */
final class StudioModels {

  static final String LIST = "/api/v1/studio/processes";
  static final String PROCESSES = LIST + "/";

  private StudioModels() {}

  static String shipped(String key) {
    try (InputStream in =
        StudioModels.class.getResourceAsStream("/processes/" + key + ".bpmn20.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The incident process with a review step by the service desk before the resolution. */
  static String incidentWithReview() {
    return shipped("incident")
        .replace(
            "<sequenceFlow id=\"toResolveIncident\" sourceRef=\"startSla\" targetRef=\"resolveIncident\"/>",
            """
            <sequenceFlow id="toResolveIncident" sourceRef="startSla" targetRef="reviewIncident"/>
            <userTask id="reviewIncident" name="Review the incident"
                      flowable:candidateGroups="service-desk" flowable:category="NEW"
                      flowable:formKey="resume-work"/>
            <sequenceFlow id="toResolveAfterReview" sourceRef="reviewIncident" targetRef="resolveIncident"/>
            """);
  }

  /** Inserts elements into the process of a shipped model, before its end. */
  static String withElements(String key, String elements) {
    return shipped(key).replace("</process>", elements + "\n  </process>");
  }

  static String json(String text) {
    return "\""
        + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "")
        + "\"";
  }

  static String draftForm(String xml, int revision) {
    return "{\"xml\":" + json(xml) + ",\"revision\":" + revision + "}";
  }
}
