package io.atumdesk.channel;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw mails as clients write them, each with what it must do: raise a ticket, reply on the ticket
 * of another mail, be recorded as automated, or go to quarantine. Deterministic, no random data.
 */
final class MailCorpus {

  enum Expect {
    RAISE,
    REPLY,
    AUTOMATED,
    QUARANTINE
  }

  /** One mail; {@code thread} names the mail whose ticket a reply must land on. */
  record Mail(String messageId, byte[] raw, Expect expect, String thread, String newText) {}

  private final String domain;
  final Map<String, Mail> ledger = new LinkedHashMap<>();

  MailCorpus(String domain) {
    this.domain = domain;
  }

  String id(String local) {
    return local + "@" + domain;
  }

  String sender(int i) {
    return "person" + (i % 7) + "@" + domain;
  }

  Mail add(String local, Expect expect, String thread, String newText, String source) {
    return add(local, expect, thread, newText, source.getBytes(StandardCharsets.UTF_8));
  }

  Mail add(String local, Expect expect, String thread, String newText, byte[] raw) {
    Mail mail = new Mail(id(local), raw, expect, thread == null ? null : id(thread), newText);
    ledger.putIfAbsent(mail.messageId(), mail);
    return mail;
  }

  List<Mail> all() {
    return new ArrayList<>(ledger.values());
  }

  static String headers(String from, String messageId, String subject, String... extra) {
    StringBuilder mail = new StringBuilder();
    mail.append("From: ").append(from).append("\r\n");
    mail.append("To: support@acme.example\r\n");
    mail.append("Date: Mon, 2 Mar 2026 10:00:00 +0000\r\n");
    if (messageId != null) {
      mail.append("Message-ID: <").append(messageId).append(">\r\n");
    }
    mail.append("Subject: ").append(subject).append("\r\n");
    for (String header : extra) {
      mail.append(header).append("\r\n");
    }
    return mail.append("MIME-Version: 1.0\r\n").toString();
  }

  static String plain(String headers, String body) {
    return headers + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + crlf(body);
  }

  static byte[] latin1(String headers, String body) {
    String mail =
        headers
            + "Content-Type: text/plain; charset=ISO-8859-1\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\n"
            + crlf(body);
    return mail.getBytes(Charset.forName("ISO-8859-1"));
  }

  static String alternative(String headers, String text, String html) {
    return headers
        + "Content-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
        + "--alt\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
        + crlf(text)
        + "\r\n--alt\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
        + html
        + "\r\n--alt--\r\n";
  }

  static String encodedWord(String text) {
    return "=?UTF-8?B?"
        + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
        + "?=";
  }

  private static String crlf(String text) {
    return text.replace("\r\n", "\n").replace("\n", "\r\n");
  }
}
