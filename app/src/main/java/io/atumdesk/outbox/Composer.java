package io.atumdesk.outbox;

import io.atumdesk.channel.OutboundMailThreads;
import io.atumdesk.notification.NotificationTemplates;
import io.atumdesk.notification.NotificationTemplates.Rendered;
import io.atumdesk.ticket.TicketKey;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Renders a template for a recipient into an envelope. Mail gets our thread headers (and is
 * recorded as sent on the ticket's thread), the key in brackets in its subject, both a text and an
 * HTML part, and, when no person wrote it, {@code Auto-Submitted} (RFC 3834) so other systems do
 * not answer. Other channels get the text.
 */
@Component
class Composer {

  /** A message to compose: the template, its values, and what it belongs to. */
  record Notice(
      String template,
      Map<String, ?> values,
      TicketKey ticket,
      String autoSubmitted,
      Long timelineEntryId,
      Long notificationId) {}

  private static final Pattern ANSWER_PREFIX = Pattern.compile("(?:(?:Re|AW|Aw|RE):\\s*)+");
  private final NotificationTemplates templates;
  private final OutboundMailThreads threads;

  Composer(NotificationTemplates templates, OutboundMailThreads threads) {
    this.templates = templates;
    this.threads = threads;
  }

  Envelope compose(String tenantId, Recipient to, Notice notice) {
    Map<String, Object> values = new HashMap<>(notice.values());
    values.put("name", to.name() == null ? to.address() : to.name());
    values.putIfAbsent("key", notice.ticket() == null ? "" : notice.ticket().value());
    Rendered rendered = templates.render(tenantId, to.language(), notice.template(), values);
    String subject = keyed(notice.ticket(), rendered.subject());
    boolean mail = "email".equals(to.channel());
    Map<String, String> headers = new LinkedHashMap<>();
    String thread = to.threadReference();
    if (mail) {
      headers.putAll(threads.thread(tenantId, to.account(), notice.ticket(), thread, subject));
      thread = headers.get("In-Reply-To");
      if (notice.autoSubmitted() != null) {
        headers.put("Auto-Submitted", notice.autoSubmitted());
      }
    }
    return new Envelope(
        to.channel(),
        to.account(),
        to.address(),
        thread,
        subject,
        rendered.text(),
        mail ? rendered.html() : null,
        headers,
        notice.ticket() == null ? null : notice.ticket().value(),
        notice.timelineEntryId(),
        notice.notificationId());
  }

  private static String keyed(TicketKey ticket, String subject) {
    String oneLine = subject.replaceAll("[\\r\\n]+", " ").strip();
    if (ticket == null || oneLine.contains("[" + ticket.value() + "]")) {
      return oneLine;
    }
    Matcher prefix = ANSWER_PREFIX.matcher(oneLine);
    int end = prefix.lookingAt() ? prefix.end() : 0;
    return oneLine.substring(0, end) + "[" + ticket.value() + "] " + oneLine.substring(end);
  }
}
