package io.atumdesk.channel;

import io.atumdesk.connectors.InboundMessage;
import java.util.Locale;
import java.util.Set;

/**
 * Mail no person wrote: auto-replies, bounces and bulk mail (RFC 3834 and the usual vendor
 * headers). It is recorded but never raises a ticket nor gets an answer, so no mail loops.
 */
final class AutomatedMail {

  private static final Set<String> BULK = Set.of("bulk", "junk", "list", "auto_reply");
  private static final Set<String> ROBOTS = Set.of("mailer-daemon", "postmaster");

  private AutomatedMail() {}

  static boolean is(InboundMessage mail) {
    String autoSubmitted = mail.header("Auto-Submitted");
    if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
      return true;
    }
    String precedence = mail.header("Precedence");
    if (precedence != null && BULK.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (mail.header("X-Autoreply") != null
        || mail.header("X-Autorespond") != null
        || "<>".equals(mail.header("Return-Path"))) {
      return true;
    }
    String sender = mail.senderAddress();
    String local = sender.substring(0, Math.max(0, sender.indexOf('@')));
    return ROBOTS.contains(local);
  }
}
