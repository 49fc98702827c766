package io.atumdesk.knowledge;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Stores a vector as little-endian floats in one binary column, the same on H2 and PostgreSQL
 * (neither array types nor pgvector are needed for a vector that is searched in Lucene).
 */
@Converter
class VectorBytes implements AttributeConverter<float[], byte[]> {

  @Override
  public byte[] convertToDatabaseColumn(float[] vector) {
    if (vector == null) {
      return null;
    }
    ByteBuffer buffer =
        ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(vector);
    return buffer.array();
  }

  @Override
  public float[] convertToEntityAttribute(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    float[] vector = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
    return vector;
  }
}
