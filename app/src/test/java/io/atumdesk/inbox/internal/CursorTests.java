package io.atumdesk.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.core.InvalidInputException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CursorTests {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void keepsEachKeyWithItsTypeToTheMicrosecond() {
    var time = OffsetDateTime.parse("2030-01-01T10:00:00.123456Z");
    var cursor = new Cursor("updated,desc", List.of(time, "P1", 42L));

    var read = Cursor.decode(cursor.encode(JSON), "updated,desc", 3, JSON);

    assertThat(read.keys()).containsExactly(time, "P1", 42L);
    assertThat(cursor.encode(JSON)).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void refusesACursorOfAnotherSortOrNotHandedOut() {
    String cursor = new Cursor("updated,desc", List.of(7L)).encode(JSON);

    assertThatThrownBy(() -> Cursor.decode(cursor, "key,asc", 1, JSON))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Cursor.decode(cursor, "updated,desc", 2, JSON))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Cursor.decode("not a cursor!", "updated,desc", 1, JSON))
        .isInstanceOf(InvalidInputException.class);
  }
}
