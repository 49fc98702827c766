package io.atumdesk.studio;

import static io.atumdesk.studio.StudioModels.LIST;
import static io.atumdesk.studio.StudioModels.PROCESSES;

import io.atumdesk.Api;
import tools.jackson.databind.JsonNode;

/**
 * Leaves acme as other tests expect it (the context and database are shared): no draft, and the
 * shipped model current again, published through the studio's own rollback when it is not.
 */
public final class StudioCleanup {

  private StudioCleanup() {}

  public static void backToShipped(Api designer, String key) {
    discardDraft(designer, key);
    JsonNode process = StudioApiIntegrationTests.process(designer.get(LIST).json(), key);
    JsonNode current = process.path("versions").get(0);
    if (current.path("shipped").asBoolean()) {
      return;
    }
    for (JsonNode version : process.path("versions")) {
      if (version.path("shipped").asBoolean()) {
        designer.post(
            PROCESSES + key + "/rollback", "{\"version\":" + version.path("version").asInt() + "}");
        return;
      }
    }
  }

  public static void discardDraft(Api designer, String key) {
    int revision = designer.get(PROCESSES + key + "/draft").json().path("revision").asInt();
    if (revision > 0) {
      designer.delete(PROCESSES + key + "/draft?revision=" + revision);
    }
  }
}
