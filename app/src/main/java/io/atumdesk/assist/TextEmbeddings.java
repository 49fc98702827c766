package io.atumdesk.assist;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (quantized, ONNX), run in-process: the model ships inside
 * its Maven artifact, so no text leaves the machine and nothing is downloaded. Vectors are unit
 * length, so the dot product of two is their cosine similarity. The model is multilingual only in
 * part: German and French texts land near each other, but not as well as English ones do.
 */
@Component
public class TextEmbeddings {

  private static final int DIMENSION = 384;

  private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
  private final int maxChars;

  TextEmbeddings(AssistProperties properties) {
    this.maxChars = properties.embeddingChars();
  }

  public int dimension() {
    return DIMENSION;
  }

  /** The text's vector; empty when there is no text to embed. */
  public Optional<float[]> embed(String text) {
    String usable = usable(text);
    return usable == null
        ? Optional.empty()
        : Optional.of(unit(model.embed(usable).content().vector()));
  }

  /** Vectors for many texts at once (the model batches them), in the texts' order. */
  public List<Optional<float[]>> embedAll(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>();
    for (String text : texts) {
      String usable = usable(text);
      if (usable != null) {
        segments.add(TextSegment.from(usable));
      }
    }
    var vectors =
        segments.isEmpty()
            ? List.<dev.langchain4j.data.embedding.Embedding>of()
            : model.embedAll(segments).content();
    List<Optional<float[]>> result = new ArrayList<>(texts.size());
    int next = 0;
    for (String text : texts) {
      result.add(
          usable(text) == null
              ? Optional.empty()
              : Optional.of(unit(vectors.get(next++).vector())));
    }
    return result;
  }

  /** Cosine similarity of two unit vectors, from -1 to 1. */
  public static double similarity(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  private String usable(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.length() > maxChars ? trimmed.substring(0, maxChars) : trimmed;
  }

  // The model's pooling already normalizes; this keeps the dot-product index correct regardless.
  private static float[] unit(float[] vector) {
    double norm = 0;
    for (float value : vector) {
      norm += value * value;
    }
    norm = Math.sqrt(norm);
    if (norm == 0) {
      return vector;
    }
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = (float) (vector[i] / norm);
    }
    return unit;
  }
}
