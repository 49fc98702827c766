package io.atumdesk.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextEmbeddingsTests {

  static final TextEmbeddings embeddings =
      new TextEmbeddings(new AssistProperties(2000, Duration.ofMinutes(1), 3));

  @Test
  void textsThatMeanTheSameAreCloserThanUnrelatedOnes() {
    float[] laptop = embeddings.embed("My laptop won't turn on since this morning").orElseThrow();
    float[] notebook = embeddings.embed("Notebook does not boot anymore").orElseThrow();
    float[] chairs = embeddings.embed("Invoice for the new office chairs").orElseThrow();

    assertThat(TextEmbeddings.similarity(laptop, notebook))
        .isGreaterThan(TextEmbeddings.similarity(laptop, chairs) + 0.2);
  }

  @Test
  void vectorsHaveUnitLength() {
    float[] vector = embeddings.embed("VPN disconnects every ten minutes").orElseThrow();

    assertThat(vector).hasSize(embeddings.dimension());
    assertThat(TextEmbeddings.similarity(vector, vector)).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void blankTextHasNoVector() {
    assertThat(embeddings.embed(null)).isEmpty();
    assertThat(embeddings.embed("  \n ")).isEmpty();
  }

  @Test
  void aHugeTextIsCutToItsBeginning() {
    String start = "The mail server rejects every attachment. ";
    char[] filler = new char[2_000_000];
    Arrays.fill(filler, 'x');

    float[] huge = embeddings.embed(start.repeat(60) + new String(filler)).orElseThrow();

    assertThat(TextEmbeddings.similarity(huge, embeddings.embed(start.repeat(60)).orElseThrow()))
        .isGreaterThan(0.9);
  }

  @Test
  void manyTextsKeepTheirOrderAndBlanksStayEmpty() {
    var vectors = embeddings.embedAll(List.of("printer jammed", "", "password expired"));

    assertThat(vectors.get(1)).isEmpty();
    assertThat(
            TextEmbeddings.similarity(
                vectors.get(0).orElseThrow(), embeddings.embed("printer jammed").orElseThrow()))
        .isCloseTo(1.0, within(1e-3));
    assertThat(
            TextEmbeddings.similarity(
                vectors.get(2).orElseThrow(), embeddings.embed("password expired").orElseThrow()))
        .isCloseTo(1.0, within(1e-3));
  }
}
