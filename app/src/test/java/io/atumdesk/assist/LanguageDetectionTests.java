package io.atumdesk.assist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectionTests {

  static final LanguageDetection languages = new LanguageDetection();

  @Test
  void tellsCommonTicketLanguagesApartWithTwoLetterCodes() {
    assertThat(languages.detect("My laptop does not start after the update last night").code())
        .isEqualTo("en");
    assertThat(
            languages.detect("Mein Drucker druckt seit gestern nicht mehr, bitte um Hilfe").code())
        .isEqualTo("de");
    assertThat(languages.detect("Je n'arrive plus à me connecter au VPN depuis ce matin").code())
        .isEqualTo("fr");
    assertThat(languages.detect("No puedo acceder a mi correo electrónico desde ayer").code())
        .isEqualTo("es");
  }

  @Test
  void tooLittleTextIsUndetermined() {
    assertThat(languages.detect(null)).isEqualTo(DetectedLanguage.UNDETERMINED);
    assertThat(languages.detect("VPN?")).isEqualTo(DetectedLanguage.UNDETERMINED);
    assertThat(languages.detect("12345 !!! 67890 ??? 555"))
        .isEqualTo(DetectedLanguage.UNDETERMINED);
  }

  @Test
  void confidenceIsAProbability() {
    DetectedLanguage detected =
        languages.detect("The shared drive is full and nobody can save their files");

    assertThat(detected.confidence()).isBetween(0.0, 1.0);
  }
}
