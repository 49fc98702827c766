package io.atumdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class InboxSortTests {

  @Test
  void eachSortHasItsNaturalDirectionUnlessToldOtherwise() {
    assertThat(InboxSort.parse(null)).isEqualTo(new InboxSort(InboxSort.By.UPDATED, false));
    assertThat(InboxSort.parse("priority")).hasToString("priority,asc");
    assertThat(InboxSort.parse("slaDue")).hasToString("slaDue,asc");
    assertThat(InboxSort.parse("created")).hasToString("created,desc");
    assertThat(InboxSort.parse("KEY, desc")).hasToString("key,desc");
  }

  @Test
  void refusesUnknownSortsAndDirectionsNamingTheChoices() {
    assertThatThrownBy(() -> InboxSort.parse("colour"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("priority, created, updated, slaDue, key");
    assertThatThrownBy(() -> InboxSort.parse("key,up")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> InboxSort.parse("slaDue,desc"))
        .hasMessageContaining("nearest due date first only");
  }
}
