package io.atumdesk.assist;

/**
 * A text's language: an ISO 639-1 code ("en", "de") where the language has one, else its ISO 639-3
 * code, and the detector's confidence from 0 to 1.
 */
public record DetectedLanguage(String code, double confidence) {

  /** Too little text to tell. */
  public static final DetectedLanguage UNDETERMINED = new DetectedLanguage("und", 0);
}
