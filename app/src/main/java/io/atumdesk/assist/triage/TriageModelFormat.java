package io.atumdesk.assist.triage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * A {@link TriageModel} as bytes, for the {@code triage_model} table (ADR 0031). Written by hand
 * with {@link DataOutputStream}: Java serialization would let whoever wrote the bytes choose the
 * classes that run when they are read, and JSON of the half a million floats is several times
 * bigger and slower to parse. Floats are written in bulk, big-endian as {@code DataOutput} does.
 *
 * <p>Version 1, in order: magic {@code ATRM}, version, trained at (seconds, nanos), examples, word
 * buckets, sentence vector dimension; the classifiers (field, labels, features, a float per label
 * and feature); the familiarity sample (count, then the vectors); a CRC32 of all before it.
 */
final class TriageModelFormat {

  static final int MAGIC = 0x4154524D; // "ATRM"
  static final int VERSION = 1;
  // Far more than a real model holds (about 400,000); a count above it is damage, not a model.
  private static final int MAX_FLOATS = 20_000_000;
  private static final int CHECKSUM = Long.BYTES;

  private TriageModelFormat() {}

  static byte[] write(TriageModel model) {
    var bytes = new ByteArrayOutputStream(1 << 20);
    try (var out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeLong(model.trainedAt().getEpochSecond());
      out.writeInt(model.trainedAt().getNano());
      out.writeInt(model.examples());
      out.writeInt(TextFeatures.BUCKETS);
      out.writeInt(dimension(model));
      out.writeInt(model.classifiers().size());
      for (var entry : model.classifiers().entrySet()) {
        SoftmaxRegression classifier = entry.getValue();
        out.writeUTF(entry.getKey().name());
        out.writeInt(classifier.labels().size());
        for (String label : classifier.labels()) {
          out.writeUTF(label);
        }
        out.writeInt(classifier.weights()[0].length);
        for (double[] row : classifier.weights()) {
          writeFloats(out, row);
        }
      }
      out.writeInt(model.sample().length);
      for (float[] vector : model.sample()) {
        writeFloats(out, vector);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    byte[] body = bytes.toByteArray();
    var crc = new CRC32();
    crc.update(body);
    return ByteBuffer.allocate(body.length + CHECKSUM).put(body).putLong(crc.getValue()).array();
  }

  /** The model in these bytes, or an exception saying why they cannot be read as one. */
  static TriageModel read(byte[] bytes) throws IOException {
    check(bytes != null && bytes.length >= 2 * Integer.BYTES + CHECKSUM, "too short for a model");
    ByteBuffer head = ByteBuffer.wrap(bytes);
    check(head.getInt() == MAGIC, "not a triage model (no ATRM at its start)");
    int version = head.getInt();
    check(
        version == VERSION, "format version %d, this version reads %d".formatted(version, VERSION));
    var crc = new CRC32();
    crc.update(bytes, 0, bytes.length - CHECKSUM);
    check(crc.getValue() == head.getLong(bytes.length - CHECKSUM), "damaged (checksum differs)");
    var in = new DataInputStream(new ByteArrayInputStream(bytes, 8, bytes.length - 8 - CHECKSUM));
    Instant trainedAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
    int examples = in.readInt();
    int buckets = in.readInt();
    check(
        buckets == TextFeatures.BUCKETS,
        "learnt %d word buckets, this version makes %d".formatted(buckets, TextFeatures.BUCKETS));
    int dimension = count(in.readInt(), 1);
    Map<TriageField, SoftmaxRegression> classifiers = new EnumMap<>(TriageField.class);
    int fields = in.readInt();
    check(fields >= 0 && fields <= TriageField.values().length, "too many classifiers");
    for (int i = 0; i < fields; i++) {
      TriageField field = field(in.readUTF());
      List<String> labels = new ArrayList<>();
      int count = count(in.readInt(), 1);
      for (int l = 0; l < count; l++) {
        labels.add(in.readUTF());
      }
      int features = in.readInt();
      check(features == dimension + buckets + 1, "classifier features do not match the vectors");
      double[][] weights = new double[labels.size()][];
      count(labels.size(), features);
      for (int l = 0; l < weights.length; l++) {
        weights[l] = toDoubles(readFloats(in, features));
      }
      classifiers.put(field, SoftmaxRegression.of(labels, weights));
    }
    float[][] sample = new float[count(in.readInt(), dimension)][];
    for (int s = 0; s < sample.length; s++) {
      sample[s] = readFloats(in, dimension);
    }
    check(in.available() == 0, "bytes left after the model");
    return new TriageModel(classifiers, sample, examples, trainedAt);
  }

  private static int dimension(TriageModel model) {
    if (model.sample().length > 0) {
      return model.sample()[0].length;
    }
    return model.classifiers().values().stream()
        .findFirst()
        .map(c -> c.weights()[0].length - TextFeatures.BUCKETS - 1)
        .orElse(0);
  }

  private static void writeFloats(DataOutputStream out, double[] values) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES);
    for (double value : values) {
      buffer.putFloat((float) value);
    }
    out.write(buffer.array());
  }

  private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES);
    buffer.asFloatBuffer().put(values);
    out.write(buffer.array());
  }

  private static float[] readFloats(DataInputStream in, int count) throws IOException {
    byte[] bytes = new byte[count * Float.BYTES];
    in.readFully(bytes);
    float[] values = new float[count];
    ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
    return values;
  }

  private static double[] toDoubles(float[] values) {
    double[] doubles = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      doubles[i] = values[i];
    }
    return doubles;
  }

  private static TriageField field(String name) throws IOException {
    try {
      return TriageField.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IOException("unknown field " + name);
    }
  }

  /** A count read back, checked before anything is allocated for it. */
  private static int count(int count, int floatsEach) throws IOException {
    check(
        count >= 0 && (long) count * Math.max(1, floatsEach) <= MAX_FLOATS,
        "implausible count " + count);
    return count;
  }

  private static void check(boolean condition, String problem) throws IOException {
    if (!condition) {
      throw new IOException(problem);
    }
  }
}
