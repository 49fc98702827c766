package io.atumdesk.assist.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The tone templates of both shipped languages, read from the real message bundles. */
class ToneTemplatesTests {

  static final ToneTemplates TEMPLATES = new ToneTemplates(bundles());

  @ParameterizedTest(name = "{0} in {1} opens with \"{2}\"")
  @CsvSource({
    "FORMAL, en, 'Dear Chris,', Kind regards",
    "FRIENDLY, en, 'Hi Chris,', Cheers",
    "EMPATHETIC, en, 'Hello Chris,', I am sorry",
    "FORMAL, de, 'Guten Tag Chris,', Mit freundlichen Grüßen",
    "FRIENDLY, de, 'Hallo Chris,', Viele Grüße",
    "EMPATHETIC, de, 'Hallo Chris,', es tut mir leid"
  })
  void fillsEachToneInEachLanguageWithTheTicketsValues(
      Tone tone, String language, String opening, String toneMark) {
    String reply =
        TEMPLATES.render(
            tone,
            new ReplyFacts(
                "Chris",
                "INC-000042",
                "Renewed the VPN certificate.",
                Locale.forLanguageTag(language)));

    assertThat(reply).startsWith(opening).contains("INC-000042", "Renewed the VPN certificate.");
    assertThat(reply).contains(toneMark);
    assertThat(reply).doesNotContain("{0}", "{1}", "{2}");
  }

  @ParameterizedTest
  @EnumSource(Tone.class)
  void withoutAMatchedResolutionTheReplyPromisesToLookIntoIt(Tone tone) {
    String english = TEMPLATES.render(tone, new ReplyFacts("Chris", "INC-7", null, Locale.ENGLISH));
    String german = TEMPLATES.render(tone, new ReplyFacts("Chris", "INC-7", " ", Locale.GERMAN));

    assertThat(english).contains("Chris", "INC-7").doesNotContain("resolved as follows", "{2}");
    assertThat(german).contains("Chris", "INC-7").doesNotContain("so gelöst", "{2}");
  }

  @Test
  void theTonesSoundDifferent() {
    ReplyFacts facts = new ReplyFacts("Chris", "INC-1", "Restarted it.", Locale.ENGLISH);

    assertThat(TEMPLATES.renderAll(facts).values()).doesNotHaveDuplicates().hasSize(3);
  }

  @Test
  void textFromTheTicketIsNeverReadAsAPattern() {
    String reply =
        TEMPLATES.render(
            Tone.FORMAL,
            new ReplyFacts("O'Brien {1}", "INC-1", "Set '{0}' and it''s done", Locale.ENGLISH));

    assertThat(reply).startsWith("Dear O'Brien {1},").contains("Set '{0}' and it''s done");
  }

  @Test
  void germanCustomersGetGermanAndEveryoneElseEnglish() {
    assertThat(ToneTemplates.replyLanguage("de")).isEqualTo(Locale.GERMAN);
    assertThat(ToneTemplates.replyLanguage("fr")).isEqualTo(Locale.ENGLISH);
    assertThat(ToneTemplates.replyLanguage("und")).isEqualTo(Locale.ENGLISH);
  }

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
