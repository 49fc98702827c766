package io.atumdesk.assist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.springframework.stereotype.Component;

/**
 * Tells a text's language with Apache OpenNLP's langdetect-183 model (103 languages), read from its
 * Maven artifact's jar. Short texts are unreliable: fewer than {@value #MIN_LETTERS} letters answer
 * {@link DetectedLanguage#UNDETERMINED}.
 */
@Component
public class LanguageDetection {

  private static final int MIN_LETTERS = 12;
  private static final int MAX_CHARS = 2000;

  private final LanguageDetectorModel model;
  private final Map<String, String> twoLetterCodes = new HashMap<>();

  LanguageDetection() {
    try (InputStream in = getClass().getResourceAsStream("/langdetect-183.bin")) {
      if (in == null) {
        throw new IllegalStateException("langdetect-183.bin is not on the class path");
      }
      model = new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("The language detection model cannot be read", e);
    }
    for (String code : Locale.getISOLanguages()) {
      twoLetterCodes.put(new Locale(code).getISO3Language(), code);
    }
  }

  public DetectedLanguage detect(String text) {
    if (text == null || text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      return DetectedLanguage.UNDETERMINED;
    }
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    // A detector instance is cheap and not thread-safe; the model is shared.
    Language best = new LanguageDetectorME(model).predictLanguage(sample);
    return new DetectedLanguage(
        twoLetterCodes.getOrDefault(best.getLang(), best.getLang()), best.getConfidence());
  }
}
