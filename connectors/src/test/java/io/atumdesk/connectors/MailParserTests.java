package io.atumdesk.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailParserTests {

  final MailParser parser = new MailParser();

  @Test
  void readsThreadHeadersSenderAndEncodedSubject() throws Exception {
    InboundMessage mail =
        parse(
            "From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <Juergen@Example.COM>\r\n"
                + "Message-ID: <abc@example.com>\r\n"
                + "In-Reply-To: <first@desk.example>\r\n"
                + "References: <root@desk.example>\r\n <first@desk.example>\r\n"
                + "Subject: =?ISO-8859-1?Q?Gr=FC=DFe?=\r\n"
                + "Auto-Submitted: no\r\n\r\nHallo\r\n");

    assertThat(mail.senderAddress()).isEqualTo("juergen@example.com");
    assertThat(mail.senderName()).isEqualTo("Jürgen Müller");
    assertThat(mail.messageId()).isEqualTo("abc@example.com");
    assertThat(mail.inReplyTo()).isEqualTo("first@desk.example");
    assertThat(mail.references()).containsExactly("root@desk.example", "first@desk.example");
    assertThat(mail.subject()).isEqualTo("Grüße");
    assertThat(mail.header("AUTO-SUBMITTED")).isEqualTo("no");
    assertThat(mail.text()).isEqualTo("Hallo\r\n");
  }

  @Test
  void prefersPlainTextAndSanitizesTheHtml() throws Exception {
    InboundMessage mail =
        parse(
            "From: a@example.com\r\nMessage-ID: <m@x>\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=mix\r\n\r\n"
                + "--mix\r\nContent-Type: multipart/alternative; boundary=alt\r\n\r\n"
                + "--alt\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nplain\r\n"
                + "--alt\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<p onclick=\"x()\">rich<script>alert(1)</script><img src=x></p>\r\n"
                + "--alt--\r\n"
                + "--mix\r\nContent-Type: application/pdf; name=\"r.pdf\"\r\n"
                + "Content-Disposition: attachment; filename=\"r.pdf\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--mix--\r\n");

    assertThat(mail.text()).isEqualTo("plain");
    assertThat(mail.html()).contains("<p>rich").doesNotContain("script", "onclick", "img");
    assertThat(mail.attachments())
        .singleElement()
        .satisfies(
            file -> {
              assertThat(file.filename()).isEqualTo("r.pdf");
              assertThat(file.contentType()).isEqualTo("application/pdf");
              assertThat(new String(file.content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            });
  }

  @Test
  void namesAMailWithoutMessageIdByItsDigestSoARedeliveryMatches() throws Exception {
    String source = "From: a@example.com\r\nSubject: s\r\n\r\nbody\r\n";

    assertThat(parse(source).messageId())
        .startsWith("sha256:")
        .isEqualTo(parse(source).messageId());
  }

  @Test
  void refusesMailWithoutSenderOrWithBrokenMultipart() {
    assertThatThrownBy(() -> parse("Subject: s\r\n\r\nbody\r\n"))
        .isInstanceOf(UnreadableMessageException.class)
        .hasMessageContaining("sender");
    assertThatThrownBy(
            () ->
                parse(
                    "From: a@example.com\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\nx\r\n"))
        .isInstanceOf(UnreadableMessageException.class);
  }

  private InboundMessage parse(String source) throws UnreadableMessageException {
    return parser.parse("support", source.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
  }
}
