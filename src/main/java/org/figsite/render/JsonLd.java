package org.figsite.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Serialises values as JSON that is safe to place inside {@code <script type="application/ld+json">}
 * and parses back to the same value.
 *
 * <p>{@code <}, {@code >} and {@code &} can only occur inside JSON strings, so writing them as
 * their {@code \\uXXXX} escapes keeps the value and makes {@code </script>} and {@code <!--}
 * impossible; U+2028 and U+2029 are escaped too, for consumers that treat the text as JavaScript.
 * The generator escapes them as it writes ({@link ScriptEscapes}): a second pass over the text
 * cost a tenth of a figure page's time.
 */
public final class JsonLd {
  private static final ObjectMapper MAPPER =
      new ObjectMapper(new JsonFactory().setCharacterEscapes(new ScriptEscapes()))
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private JsonLd() {}

  public static String scriptSafe(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain values always serialise", e);
    }
  }

  /** JSON's own escapes, plus {@code < > &} and the two JavaScript line terminators, in lower-case hex. */
  private static final class ScriptEscapes extends CharacterEscapes {
    private static final SerializableString LT = new SerializedString("\\u003c");
    private static final SerializableString GT = new SerializedString("\\u003e");
    private static final SerializableString AMP = new SerializedString("\\u0026");
    private static final SerializableString LINE = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH = new SerializedString("\\u2029");
    private final int[] ascii;

    ScriptEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii['<'] = ESCAPE_CUSTOM;
      ascii['>'] = ESCAPE_CUSTOM;
      ascii['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case '<' -> LT;
        case '>' -> GT;
        case '&' -> AMP;
        case '\u2028' -> LINE;
        case '\u2029' -> PARAGRAPH;
        default -> null;
      };
    }
  }
}
