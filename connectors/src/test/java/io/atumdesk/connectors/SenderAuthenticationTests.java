package io.atumdesk.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SenderAuthenticationTests {

  // As Gmail writes it for a mail from a domain that publishes a DMARC policy.
  static final String GMAIL =
      "mx.google.com;\r\n"
          + "       dkim=pass header.i=@example.com header.s=20230601 header.b=Q1w2e3r4;\r\n"
          + "       spf=pass (google.com: domain of alice@example.com designates 209.85.220.41 as"
          + " permitted sender) smtp.mailfrom=alice@example.com;\r\n"
          + "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com";

  static final String GMAIL_SPOOFED =
      "mx.google.com;\r\n"
          + "       dkim=fail header.i=@paypal.com header.s=pp-dkim1 header.b=\"abc (def\";\r\n"
          + "       spf=softfail (google.com: domain of transitioning x@paypal.com does not"
          + " designate 192.0.2.7 as permitted sender) smtp.mailfrom=x@paypal.com;\r\n"
          + "       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=paypal.com";

  // Exchange Online leaves the authserv-id out, so no admin can trust it by id.
  static final String OUTLOOK =
      "spf=pass (sender IP is 40.107.22.91) smtp.mailfrom=contoso.com; dkim=pass (signature"
          + " was verified) header.d=contoso.com;dmarc=pass action=none"
          + " header.from=contoso.com;compauth=pass reason=100";

  static final String POSTFIX_OPENDMARC =
      "mail.acme.example 1; dkim=fail reason=\"signature verification failed\" (2048-bit key)"
          + " header.d=example.org; dkim=pass header.d=mailer.example.net;"
          + " spf=none smtp.mailfrom=example.org; dmarc=none header.from=example.org";

  @Test
  void readsGmailResultsFromATrustedHost() {
    var results = SenderAuthentication.of(List.of(GMAIL), List.of("mx.google.com"));

    assertThat(results)
        .isEqualTo(new SenderAuthentication("mx.google.com", "pass", "pass", "pass"));
    assertThat(results.dmarcFailed()).isFalse();
  }

  @Test
  void readsAFailedDmarcCheckDespiteParenthesesInQuotes() {
    var results = SenderAuthentication.of(List.of(GMAIL_SPOOFED), List.of("MX.Google.com"));

    assertThat(results.spf()).isEqualTo("softfail");
    assertThat(results.dkim()).isEqualTo("fail");
    assertThat(results.dmarcFailed()).isTrue();
  }

  @Test
  void ignoresResultsFromHostsNotTrusted() {
    assertThat(SenderAuthentication.of(List.of(GMAIL_SPOOFED), List.of("mail.acme.example")))
        .isEqualTo(SenderAuthentication.UNKNOWN);
    assertThat(SenderAuthentication.of(List.of(GMAIL), List.of()))
        .isEqualTo(SenderAuthentication.UNKNOWN);
  }

  @Test
  void neverTrustsAHeaderWithoutAnAuthservId() {
    assertThat(SenderAuthentication.of(List.of(OUTLOOK), List.of("spf=pass", "")))
        .isEqualTo(SenderAuthentication.UNKNOWN);
  }

  @Test
  void takesTheTopmostTrustedHeaderAndAnyPassingSignature() {
    var results =
        SenderAuthentication.of(
            List.of(POSTFIX_OPENDMARC, GMAIL_SPOOFED),
            List.of("mail.acme.example", "mx.google.com"));

    assertThat(results)
        .isEqualTo(new SenderAuthentication("mail.acme.example", "none", "pass", "none"));
  }

  @Test
  void readsEveryHeaderOfARawMailTopmostFirst() {
    String raw =
        "Authentication-Results: mx.google.com; dmarc=fail header.from=paypal.com\r\n"
            + "Authentication-Results: "
            + GMAIL
            + "\r\nFrom: alice@example.com\r\nSubject: Hi\r\n\r\nHello\r\n";
    byte[] bytes = raw.getBytes(StandardCharsets.US_ASCII);

    assertThat(SenderAuthentication.of(bytes, List.of("mx.google.com")).dmarc()).isEqualTo("fail");
    assertThat(SenderAuthentication.of(bytes, List.of("other.example")))
        .isEqualTo(SenderAuthentication.UNKNOWN);
  }
}
