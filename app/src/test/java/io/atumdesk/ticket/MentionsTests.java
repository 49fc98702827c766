package io.atumdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTests {

  @Test
  void findsEachMentionedUsernameOnceInOrder() {
    assertThat(Mentions.usernamesIn("@alex please check with @dana.designer and @alex again"))
        .containsExactly("alex", "dana.designer");
  }

  @Test
  void dropsTheFullStopOrCommaAfterAName() {
    assertThat(Mentions.usernamesIn("Thanks @alex. Ask @casey, then (@admin)!"))
        .containsExactly("alex", "casey", "admin");
  }

  @Test
  void mailAddressesAndALoneAtMentionNobody() {
    assertThat(Mentions.usernamesIn("Mail bob@example.com or ops@acme; meet @ 10, @@x, @-x"))
        .isEmpty();
  }

  @Test
  void findsAMentionAtTheStartOfALine() {
    assertThat(Mentions.usernamesIn("Done.\n@agent2 over to you")).containsExactly("agent2");
  }

  @Test
  void findsNothingInNoText() {
    assertThat(Mentions.usernamesIn(null)).isEmpty();
  }
}
