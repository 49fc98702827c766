package io.atumdesk.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;

/** Items and relations recorded through the API by an admin, for tests of any package. */
public final class CmdbTestItems {

  private CmdbTestItems() {}

  /** The new item's key; {@code criticality} may be null. */
  public static String create(Api admin, String type, String name, String criticality) {
    var response =
        admin.post(
            "/api/v1/cis",
            "{\"type\":\"%s\",\"name\":\"%s\"%s}"
                .formatted(
                    type,
                    name,
                    criticality == null ? "" : ",\"criticality\":\"" + criticality + "\""));
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.field("key");
  }

  public static void relate(Api admin, String source, String kind, String target) {
    var response =
        admin.post(
            "/api/v1/cis/" + source + "/relations",
            "{\"kind\":\"%s\",\"target\":\"%s\"}".formatted(kind, target));
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
  }
}
