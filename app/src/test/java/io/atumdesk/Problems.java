package io.atumdesk;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape every refusal of the API has: RFC 9457 problem+json, nothing internal in it. */
public final class Problems {

  private Problems() {}

  public static void assertProblem(Api.Response response, int status) {

    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().path("status").asInt()).isEqualTo(status);
    assertThat(response.field("title")).isNotBlank();
    assertThat(response.field("detail")).isNotBlank();
    assertThat(response.text())
        .doesNotContain("Exception")
        .doesNotContain("at io.atumdesk")
        .doesNotContainIgnoringCase("select ")
        .doesNotContain("org.hibernate");
  }

  /** A 400 whose errors name {@code field}, so a person knows what to correct. */
  public static void assertProblem(Api.Response response, int status, String field) {
    assertProblem(response, status);
    assertThat(response.json().path("errors").valueStream().map(e -> e.path("field").asString()))
        .as(response.toString())
        .contains(field);
  }
}
