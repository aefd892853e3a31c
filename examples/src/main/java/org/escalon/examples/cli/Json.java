package org.escalon.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON writer used by every command: stable key order (insertion), pretty-printed. */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /**
   * The shared mapper (thread-safe once configured).
   *
   * @return the shared mapper (thread-safe once configured)
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Serialises maps, lists, numbers and strings.
   *
   * @param value a map, list, number, string, boolean or null (nested freely)
   * @return serialises maps, lists, numbers and strings
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
