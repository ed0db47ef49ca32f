package org.figsite.model;

import java.text.Normalizer;

/**
 * How text that names a page is compared: an organism, a gene symbol, a chemical's or disease's
 * name. In Unicode NFC, so that a name whose accents are written composed ({@code é}) and one
 * whose accents are written decomposed ({@code e} + U+0301) are one name, one page.
 */
public final class TextKeys {
  private TextKeys() {}

  /** {@code s} in NFC; ASCII and Latin-1 text, nearly all of it, is returned as it is. */
  public static String nfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      // Below U+0300 (where the combining marks start) every character is its own NFC form.
      if (s.charAt(i) >= 0x300) return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
    return s;
  }
}
