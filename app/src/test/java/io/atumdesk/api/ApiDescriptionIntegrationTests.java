package io.atumdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public face of the running application: health and the OpenAPI description. */
@IntegrationTest
class ApiDescriptionIntegrationTests {

  @LocalServerPort int port;

  @Test
  void healthAnswersUpWithoutSignIn() {
    var health = new Api(port).get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.field("status")).isEqualTo("UP");
  }

  @Test
  void describesTheApiAsOpenApi() {
    var description = new Api(port).get("/v3/api-docs");
    assertThat(description.status()).isEqualTo(200);
    assertThat(description.json().path("paths").propertyNames())
        .contains(
            "/api/v1/tickets",
            "/api/v1/tickets/{key}",
            "/api/v1/tickets/{key}/comments",
            "/api/v1/tickets/{key}/timeline",
            "/api/v1/tasks",
            "/api/v1/tasks/{id}/claim",
            "/api/v1/tasks/{id}/complete",
            "/api/v1/me/tokens");
    assertThat(new Api(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
  }
}
