package org.figsite.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.figsite.diag.Problem;
import org.figsite.diag.ProblemException;
import org.figsite.diag.SourcePos;

/**
 * Decodes a file's bytes as strict UTF-8. Invalid bytes are an error at their line and column
 * rather than a silent U+FFFD; a leading byte-order mark is dropped.
 */
public final class SourceDecoder {
  private SourceDecoder() {}

  public static SourceText decode(String displayPath, byte[] bytes) throws InvalidEncoding {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      start = 3;
    }
    if (isAscii(bytes, start)) {
      return new SourceText(displayPath, new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1));
    }
    // The JDK's own decoder is several times faster than a CharsetDecoder into a CharBuffer, and
    // makes one copy instead of two, but it turns bad bytes into U+FFFD. Text without U+FFFD was
    // valid; text with one (bad bytes, or a real U+FFFD) is decoded again, strictly, below.
    String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) return new SourceText(displayPath, lenient);
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      throw new InvalidEncoding(badByte(displayPath, bytes, start, in.position()));
    }
    r = dec.flush(out);
    if (r.isError()) {
      throw new InvalidEncoding(badByte(displayPath, bytes, start, in.position()));
    }
    out.flip();
    return new SourceText(displayPath, out.toString());
  }

  private static boolean isAscii(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) if (bytes[i] < 0) return false;
    return true;
  }

  private static Problem badByte(String path, byte[] bytes, int start, int offset) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String prefix = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    int col = prefix.codePointCount(0, prefix.length()) + 1;
    int lineEnd = offset;
    while (lineEnd < bytes.length && bytes[lineEnd] != '\n') lineEnd++;
    // Shown with the bad bytes replaced by U+FFFD, so the caret lands under the first of them.
    String shown = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
    return Problem.error(new SourcePos(path, line, col),
            String.format("invalid UTF-8 byte 0x%02X", bytes[offset] & 0xff))
        .withSourceLine(shown)
        .withHint("save the file as UTF-8: the byte may come from Latin-1 or Windows-1252 text, or from a damaged file");
  }

  /** Thrown with the positioned problem when the bytes are not UTF-8. */
  public static final class InvalidEncoding extends ProblemException {
    private static final long serialVersionUID = 1L;

    InvalidEncoding(Problem problem) {
      super(problem);
    }
  }
}
