package org.figsite.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Serialises values as JSON that is safe to place inside {@code <script type="application/ld+json">}
 * and parses back to the same value.
 *
 * <p>{@code <}, {@code >} and {@code &} can only occur inside JSON strings, so replacing them with
 * their {@code \\uXXXX} escapes afterwards keeps the value and makes {@code </script>} and {@code
 * <!--} impossible; U+2028 and U+2029 are escaped too, for consumers that treat the text as
 * JavaScript.
 */
public final class JsonLd {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private JsonLd() {}

  public static String scriptSafe(Object value) {
    String json;
    try {
      json = MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain values always serialise", e);
    }
    return escapeForScript(json);
  }

  static String escapeForScript(String json) {
    StringBuilder sb = null;
    int copied = 0; // json[0, copied) is in sb
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      String rep;
      switch (c) {
        case '<' -> rep = "\\u003c";
        case '>' -> rep = "\\u003e";
        case '&' -> rep = "\\u0026";
        case '\u2028' -> rep = "\\u2028";
        case '\u2029' -> rep = "\\u2029";
        default -> rep = null;
      }
      if (rep != null) {
        if (sb == null) sb = new StringBuilder(json.length() + 16);
        // Runs between escapes go in one copy: a caption can have a '<' near its start.
        sb.append(json, copied, i).append(rep);
        copied = i + 1;
      }
    }
    return sb == null ? json : sb.append(json, copied, json.length()).toString();
  }
}
