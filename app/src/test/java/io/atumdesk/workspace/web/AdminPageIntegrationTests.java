package io.atumdesk.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administration pages are for administrators alone. */
@IntegrationTest
class AdminPageIntegrationTests {

  @LocalServerPort int port;

  @Test
  void showsAdministratorsTheAdministrationPage() {
    var page = new Api(port).signedIn("admin").get("/admin");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("<h1>Administration</h1>");
  }

  @Test
  void refusesEveryoneElse() {
    assertThat(new Api(port).signedIn("agent").get("/admin").status()).isEqualTo(403);
    assertThat(new Api(port).signedIn("customer").get("/admin").status()).isEqualTo(403);
  }
}
