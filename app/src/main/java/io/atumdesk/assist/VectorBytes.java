package io.atumdesk.assist;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Stores a vector as little-endian floats in one binary column, the same on H2 and PostgreSQL
 * (neither array types nor pgvector are needed for a vector that is searched in Lucene).
 */
@Converter
public class VectorBytes implements AttributeConverter<float[], byte[]> {

  @Override
  public byte[] convertToDatabaseColumn(float[] vector) {
    if (vector == null) {
      return null;
    }
    ByteBuffer bytes =
        ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(vector);
    return bytes.array();
  }

  @Override
  public float[] convertToEntityAttribute(byte[] stored) {
    if (stored == null) {
      return null;
    }
    float[] vector = new float[stored.length / Float.BYTES];
    ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
    return vector;
  }
}
