package io.atumdesk.connectors.webhook;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.InvalidJsonException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Reads ticket fields out of a JSON payload with a source's JSONPath expressions. */
public final class WebhookMapping {

  /** The ticket fields a mapping may name; {@code subject} is required. */
  public static final Set<String> FIELDS =
      Set.of(
          "subject",
          "description",
          "type",
          "impact",
          "urgency",
          "category",
          "requester",
          "externalId");

  private static final Configuration LENIENT =
      Configuration.defaultConfiguration().addOptions(Option.SUPPRESS_EXCEPTIONS);
  private static final int LONGEST_VALUE = 20_000;

  private WebhookMapping() {}

  /** Refuses a mapping with unknown fields, without a subject, or with a broken expression. */
  public static void check(Map<String, String> mapping) {
    for (var entry : mapping.entrySet()) {
      if (!FIELDS.contains(entry.getKey())) {
        throw new IllegalArgumentException(
            "'%s' is not a ticket field a mapping may fill; use %s"
                .formatted(entry.getKey(), FIELDS.stream().sorted().toList()));
      }
      try {
        JsonPath.compile(entry.getValue());
      } catch (RuntimeException e) {
        // The library's messages may be internal (an index out of range); ours names the field.
        throw new IllegalArgumentException(
            "the path of '%s' is not a JSONPath expression such as $.issue.title"
                .formatted(entry.getKey()));
      }
    }
    if (!mapping.containsKey("subject")) {
      throw new IllegalArgumentException("a mapping needs a path for 'subject'");
    }
  }

  static MappedWebhook apply(InboundWebhook webhook) {
    DocumentContext document;
    try {
      document = JsonPath.using(LENIENT).parse(webhook.payload() == null ? "" : webhook.payload());
    } catch (InvalidJsonException | IllegalArgumentException e) {
      throw new IllegalArgumentException("the payload is not JSON");
    }
    if (!(document.json() instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("the payload is not a JSON object");
    }
    Map<String, String> mapping = webhook.mapping();
    String subject = read(document, mapping, "subject");
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException(
          "the payload has no subject at %s".formatted(mapping.get("subject")));
    }
    return new MappedWebhook(
        webhook.sourceId(),
        subject,
        read(document, mapping, "description"),
        read(document, mapping, "type"),
        read(document, mapping, "impact"),
        read(document, mapping, "urgency"),
        read(document, mapping, "category"),
        read(document, mapping, "requester"),
        read(document, mapping, "externalId"),
        webhook.payload());
  }

  private static String read(DocumentContext document, Map<String, String> mapping, String field) {
    String path = mapping.get(field);
    if (path == null) {
      return null;
    }
    Object value = document.read(path);
    if (value instanceof Collection<?> list && list.size() == 1) {
      value = list.iterator().next();
    }
    if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
      throw new IllegalArgumentException("'%s' at %s is not a single value".formatted(field, path));
    }
    if (value == null) {
      return null;
    }
    String text = String.valueOf(value).strip();
    if (text.length() > LONGEST_VALUE) {
      throw new IllegalArgumentException(
          "'%s' at %s is longer than %d characters".formatted(field, path, LONGEST_VALUE));
    }
    return text.isEmpty() ? null : text;
  }
}
