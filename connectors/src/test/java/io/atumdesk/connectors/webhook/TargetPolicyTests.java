package io.atumdesk.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SSRF policy on fixed DNS answers. */
class TargetPolicyTests {

  static final HostResolver DNS =
      host ->
          List.of(
              InetAddress.getByName(
                  Map.of(
                          "hooks.partner.example", "203.0.113.10",
                          "intranet.example", "10.20.30.40",
                          "dual.example", "203.0.113.11")
                      .getOrDefault(host, host)));

  final TargetPolicy defaults = new TargetPolicy(List.of(), List.of(), DNS);

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1:8080/hook, loopback",
    "http://[::1]/hook, loopback",
    "http://169.254.169.254/latest/meta-data, link-local",
    "http://[fe80::1]/hook, link-local",
    "http://10.1.2.3/hook, private",
    "http://172.16.5.4/hook, private",
    "http://192.168.1.1/hook, private",
    "http://[fd00::5]/hook, private",
    "http://224.0.0.1/hook, multicast",
    "http://0.0.0.0/hook, unspecified",
    "http://[::ffff:127.0.0.1]/hook, loopback",
    "https://intranet.example/hook, private"
  })
  void refusesInternalAddressesByDefaultAndNamesTheReason(String url, String kind) {
    assertThatThrownBy(() -> defaults.check(URI.create(url)))
        .isInstanceOf(TargetRefused.class)
        .hasMessageContaining("a " + kind + " address");
  }

  @Test
  void refusesOtherSchemesAndUserInfo() {
    assertThatThrownBy(() -> defaults.check(URI.create("file:///etc/passwd")))
        .hasMessageContaining("only http and https");
    assertThatThrownBy(() -> defaults.check(URI.create("gopher://hooks.partner.example/")))
        .hasMessageContaining("only http and https");
    assertThatThrownBy(() -> defaults.check(URI.create("https://u:p@hooks.partner.example/")))
        .hasMessageContaining("no user info");
  }

  @Test
  void letsPublicAddressesThrough() throws Exception {
    assertThat(defaults.check(URI.create("https://hooks.partner.example/in")))
        .extracting(InetAddress::getHostAddress)
        .containsExactly("203.0.113.10");
  }

  @Test
  void anAdminMayAllowABlockOrAHostAndDenyOthers() throws Exception {
    var policy =
        new TargetPolicy(
            List.of("127.0.0.1/32", "intranet.example"),
            List.of("hooks.partner.example", "203.0.113.0/28"),
            DNS);

    assertThat(policy.check(URI.create("http://127.0.0.1:9000/"))).hasSize(1);
    assertThat(policy.check(URI.create("http://intranet.example/"))).hasSize(1);
    assertThatThrownBy(() -> policy.check(URI.create("http://127.0.0.2/")))
        .hasMessageContaining("loopback");
    assertThatThrownBy(() -> policy.check(URI.create("http://hooks.partner.example/")))
        .hasMessageContaining("deny list");
    assertThatThrownBy(() -> policy.check(URI.create("http://dual.example/")))
        .hasMessageContaining("203.0.113.11, which is on the deny list");
  }
}
