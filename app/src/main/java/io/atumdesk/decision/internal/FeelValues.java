package io.atumdesk.decision.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.chrono.ChronoPeriod;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns FEEL results into plain Java values that callers and process variables understand. */
final class FeelValues {

  private FeelValues() {}

  /**
   * FEEL numbers are BigDecimal: whole numbers become Long, others stay BigDecimal (exact).
   * Contexts become maps, lists stay lists, FEEL's own types (ranges, functions) become text.
   */
  static Object toJava(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof TemporalAccessor
        || value instanceof Duration
        || value instanceof Period) {
      return value;
    }
    if (value instanceof BigDecimal number) {
      return wholeOrExact(number);
    }
    if (value instanceof Number) {
      return value;
    }
    if (value instanceof ChronoPeriod period) {
      return Period.from(period);
    }
    if (value instanceof Map<?, ?> context) {
      Map<String, Object> map = new LinkedHashMap<>();
      context.forEach((key, entry) -> map.put(String.valueOf(key), toJava(entry)));
      return map;
    }
    if (value instanceof Collection<?> items) {
      List<Object> list = new ArrayList<>();
      items.forEach(item -> list.add(toJava(item)));
      return list;
    }
    return value.toString();
  }

  private static Object wholeOrExact(BigDecimal number) {
    try {
      return number.longValueExact();
    } catch (ArithmeticException notWholeOrTooBig) {
      return number;
    }
  }
}
