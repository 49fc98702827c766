package io.atumdesk.assist.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class TriageModelFormatTests {

  private static final Instant TRAINED = Instant.parse("2026-11-29T06:00:00.123456Z");
  private static final String[] CATEGORIES = {"network", "hardware", "access", "software"};
  private static final String[] WORDS = {"vpn drops", "printer jams", "password locked", "crash"};

  /** Four noisy clusters in 16 dimensions, each with its words, priority and group. */
  private static List<LabelledVector> examples() {
    Random random = new Random(8);
    List<LabelledVector> examples = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int c = i % CATEGORIES.length;
      examples.add(
          new LabelledVector(
              vector(random, c),
              WORDS[c] + " again " + i,
              CATEGORIES[c],
              "P" + (1 + (i % 3 == 0 ? c : (c + 1) % 4)),
              c < 2 ? "network-ops" : "service-desk"));
    }
    return examples;
  }

  private static float[] vector(Random random, int axis) {
    float[] v = new float[16];
    for (int f = 0; f < v.length; f++) {
      v[f] = (float) (random.nextGaussian() * 0.4);
    }
    v[axis] += 1;
    return SoftmaxRegressionTests.unit(v);
  }

  private static TriageModel trained() {
    return TriageModel.train(examples(), SoftmaxRegression.Settings.DEFAULT, TRAINED);
  }

  @Test
  void aModelReadBackAnswersExactlyAsTheOneTrained() throws IOException {
    TriageModel model = trained();

    TriageModel read = TriageModelFormat.read(TriageModelFormat.write(model));

    assertThat(read.trainedAt()).isEqualTo(TRAINED);
    assertThat(read.examples()).isEqualTo(200);
    assertThat(read.classifiers()).containsOnlyKeys(TriageField.values());
    Random random = new Random(11);
    List<String> texts = List.of("the vpn drops", "printer jams again", "locked out", "", "xq zv");
    for (int i = 0; i < 40; i++) {
      float[] vector = vector(random, i % 5 == 4 ? 15 : i % 4);
      String text = texts.get(i % texts.size());
      assertThat(read.suggest(vector, text)).isEqualTo(model.suggest(vector, text));
      assertThat(read.familiarity(vector)).isEqualTo(model.familiarity(vector));
      float[] features = TextFeatures.join(vector, text);
      for (TriageField field : TriageField.values()) {
        // The probabilities themselves, before the confidence rounds them.
        assertThat(read.classifiers().get(field).predict(features))
            .isEqualTo(model.classifiers().get(field).predict(features));
      }
    }
  }

  @Test
  void aModelOfNoTicketsReadsBackAsOne() throws IOException {
    TriageModel empty = TriageModel.train(List.of(), SoftmaxRegression.Settings.DEFAULT, TRAINED);

    TriageModel read = TriageModelFormat.read(TriageModelFormat.write(empty));

    assertThat(read.classifiers()).isEmpty();
    assertThat(read.sample()).isEmpty();
    assertThat(read.suggest(new float[] {1, 0}, "vpn")).isEmpty();
  }

  @Test
  void refusesBytesThatAreNoModel() {
    assertThatThrownBy(() -> TriageModelFormat.read(new byte[0]))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("too short");
    byte[] garbage = new byte[4096];
    new Random(3).nextBytes(garbage);
    assertThatThrownBy(() -> TriageModelFormat.read(garbage))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a triage model");
    byte[] json = "{\"category\":{\"weights\":[0.1,0.2]}}".getBytes();
    assertThatThrownBy(() -> TriageModelFormat.read(json))
        .hasMessageContaining("not a triage model");
  }

  @Test
  void refusesAnotherFormatVersion() {
    byte[] bytes = TriageModelFormat.write(trained());
    ByteBuffer.wrap(bytes).putInt(Integer.BYTES, TriageModelFormat.VERSION + 1);

    assertThatThrownBy(() -> TriageModelFormat.read(bytes))
        .isInstanceOf(IOException.class)
        .hasMessage("format version 2, this version reads 1");
  }

  @Test
  void refusesADamagedOrCutModel() {
    byte[] bytes = TriageModelFormat.write(trained());
    byte[] damaged = bytes.clone();
    damaged[bytes.length / 2] ^= 0x10;

    assertThatThrownBy(() -> TriageModelFormat.read(damaged)).hasMessageContaining("checksum");
    assertThatThrownBy(() -> TriageModelFormat.read(Arrays.copyOf(bytes, bytes.length - 100)))
        .hasMessageContaining("checksum");
  }

  @Test
  void refusesAModelLearntOnOtherWordFeatures() {
    byte[] bytes = TriageModelFormat.write(trained());
    // The word buckets follow magic, version, trained at (long, int) and examples.
    ByteBuffer.wrap(bytes).putInt(4 + 4 + 8 + 4 + 4, TextFeatures.BUCKETS * 2);

    assertThatThrownBy(() -> TriageModelFormat.read(withChecksum(bytes)))
        .hasMessage("learnt 4096 word buckets, this version makes 2048");
  }

  /** The bytes with their checksum made right again, as if written so. */
  private static byte[] withChecksum(byte[] bytes) {
    var crc = new CRC32();
    crc.update(bytes, 0, bytes.length - Long.BYTES);
    ByteBuffer.wrap(bytes).putLong(bytes.length - Long.BYTES, crc.getValue());
    return bytes;
  }
}
