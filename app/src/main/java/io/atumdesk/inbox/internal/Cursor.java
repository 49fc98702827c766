package io.atumdesk.inbox.internal;

import io.atumdesk.core.InvalidInputException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a page ended: the sort it belongs to and the last row's sort keys (the id last). Opaque to
 * clients: base64url of a small JSON document whose values carry their type.
 */
record Cursor(String sort, List<Object> keys) {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  record Json(String sort, List<String> keys) {}

  String encode(JsonMapper json) {
    List<String> typed = new ArrayList<>();
    for (Object key : keys) {
      if (key instanceof OffsetDateTime time) {
        typed.add("t:" + time.toInstant());
      } else if (key instanceof Number number) {
        typed.add("n:" + number.longValue());
      } else {
        typed.add("s:" + key);
      }
    }
    byte[] bytes = json.writeValueAsBytes(new Json(sort, typed));
    return ENCODER.encodeToString(bytes);
  }

  /** Reads a cursor for {@code sort} with {@code size} keys; anything else was not handed out. */
  static Cursor decode(String text, String sort, int size, JsonMapper json) {
    try {
      Json read = json.readValue(Base64.getUrlDecoder().decode(text), Json.class);
      if (!sort.equals(read.sort()) || read.keys() == null || read.keys().size() != size) {
        throw refused();
      }
      List<Object> keys = new ArrayList<>();
      for (String key : read.keys()) {
        keys.add(
            switch (key.substring(0, 2)) {
              case "t:" -> OffsetDateTime.parse(key.substring(2));
              case "n:" -> Long.parseLong(key.substring(2));
              case "s:" -> key.substring(2);
              default -> throw refused();
            });
      }
      return new Cursor(sort, keys);
    } catch (IllegalArgumentException
        | DateTimeException
        | JacksonException
        | IndexOutOfBoundsException e) {
      throw refused();
    }
  }

  private static InvalidInputException refused() {
    return new InvalidInputException(
        "cursor", "is not one this inbox handed out for this sort; start again without a cursor");
  }
}
