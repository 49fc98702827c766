package io.atumdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedRepliesTests {

  @Test
  void cutsGmailQuoteAfterTheNewText() {
    String mail =
        """
        Still broken after the restart.

        On Mon, 2 Mar 2026 at 10:14, Service Desk <desk@acme.example> wrote:
        > Please restart your laptop.
        """;

    assertThat(QuotedReplies.strip(mail)).isEqualTo("Still broken after the restart.");
  }

  @Test
  void cutsGmailQuoteHeaderWrappedOverTwoLines() {
    String mail =
        "Works now.\n\nOn Mon, 2 Mar 2026 at 10:14, Service Desk\n<desk@acme.example> wrote:\n> old";

    assertThat(QuotedReplies.strip(mail)).isEqualTo("Works now.");
  }

  @Test
  void cutsGermanAndAppleStyleHeaders() {
    assertThat(
            QuotedReplies.strip(
                "Danke!\n\nAm 02.03.2026 um 10:14 schrieb Desk <d@x.example>:\n> alt"))
        .isEqualTo("Danke!");
    assertThat(QuotedReplies.strip("Thanks\n\n> On 2 Mar 2026, at 10:14, Desk wrote:\n> old"))
        .isEqualTo("Thanks");
  }

  @Test
  void cutsOutlookOriginalMessageAndFromSentBlocks() {
    assertThat(QuotedReplies.strip("New text\n-----Original Message-----\nFrom: a\nold"))
        .isEqualTo("New text");
    assertThat(
            QuotedReplies.strip(
                "New text\n\nFrom: Service Desk <d@x.example>\nSent: Monday, March 2, 2026\n"
                    + "To: Carla\nSubject: RE: [INC-000001]\n\nold text"))
        .isEqualTo("New text");
  }

  @Test
  void keepsAFromLineThatStartsNoOutlookBlock() {
    String mail = "From: my desk the screen flickers.\nIt started today.";

    assertThat(QuotedReplies.strip(mail)).isEqualTo(mail);
  }

  @Test
  void keepsTheQuoteWhenNothingElseWasWritten() {
    assertThat(QuotedReplies.strip("> only a quote")).isEqualTo("> only a quote");
  }
}
