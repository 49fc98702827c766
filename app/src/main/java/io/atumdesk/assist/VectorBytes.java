package io.atumdesk.assist;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Stores a float vector as little-endian bytes, the same on H2 and PostgreSQL. */
@Converter
class VectorBytes implements AttributeConverter<float[], byte[]> {

  @Override
  public byte[] convertToDatabaseColumn(float[] vector) {
    ByteBuffer bytes =
        ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(vector);
    return bytes.array();
  }

  @Override
  public float[] convertToEntityAttribute(byte[] stored) {
    float[] vector = new float[stored.length / Float.BYTES];
    ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
    return vector;
  }
}
