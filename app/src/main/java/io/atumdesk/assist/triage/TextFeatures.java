package io.atumdesk.assist.triage;

import java.util.Locale;

/**
 * The words of a text as a fixed-length vector (the hashing trick): word unigrams and bigrams and
 * the character trigrams of each word, counted into {@value #BUCKETS} buckets and scaled to unit
 * length. They add what a sentence vector blurs: a phrase that sets the priority ("production
 * stopped", "keine Eile"), product names, and, through the trigrams, words with typos.
 */
final class TextFeatures {

  static final int BUCKETS = 2048;

  private TextFeatures() {}

  static float[] of(String text) {
    float[] counts = new float[BUCKETS];
    if (text == null || text.isBlank()) {
      return counts;
    }
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    String previous = null;
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      add(counts, "w:" + word);
      if (previous != null) {
        add(counts, "b:" + previous + " " + word);
      }
      String padded = "^" + word + "$";
      for (int i = 0; i + 3 <= padded.length(); i++) {
        add(counts, "t:" + padded.substring(i, i + 3));
      }
      previous = word;
    }
    double norm = 0;
    for (float c : counts) {
      norm += c * c;
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < counts.length; i++) {
        counts[i] *= scale;
      }
    }
    return counts;
  }

  private static void add(float[] counts, String feature) {
    counts[Math.floorMod(feature.hashCode(), BUCKETS)]++;
  }

  /** The sentence vector followed by the word features: what the classifiers read. */
  static float[] join(float[] vector, String text) {
    float[] words = of(text);
    float[] joined = new float[vector.length + words.length];
    System.arraycopy(vector, 0, joined, 0, vector.length);
    System.arraycopy(words, 0, joined, vector.length, words.length);
    return joined;
  }
}
