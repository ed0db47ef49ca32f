package org.figsite.serve;

import java.util.List;

/**
 * How a rebuild went.
 *
 * @param baseurl the path the new site was built for, e.g. "/pfocr" or ""; meaningful only on success
 * @param problems each problem formatted as in the terminal (headline, source line, caret, hint);
 *     empty on success
 */
public record RebuildOutcome(boolean succeeded, String baseurl, List<String> problems) {

  public RebuildOutcome {
    problems = List.copyOf(problems);
  }

  public static RebuildOutcome built(String baseurl) {
    return new RebuildOutcome(true, baseurl, List.of());
  }

  public static RebuildOutcome failed(List<String> problems) {
    return new RebuildOutcome(false, "", problems);
  }
}
