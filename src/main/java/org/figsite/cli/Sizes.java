package org.figsite.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.figsite.write.SitePart;

final class Sizes {
  static final long GITHUB_PAGES_LIMIT = 1_000_000_000L;
  /** Above this a build says how big the site would be for {@link #PROJECTED_FIGURES} figures. */
  static final long PROJECTION_THRESHOLD = 800_000_000L;
  /** The catalogue size the projection is for: PFOCR has about 110,000 figures and grows. */
  static final int PROJECTED_FIGURES = 200_000;

  private Sizes() {}

  static String human(long bytes) {
    if (bytes < 1024) return bytes + " B";
    if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    if (bytes < 1024L * 1024 * 1024) return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    return String.format(Locale.ROOT, "%.2f GiB", bytes / (1024.0 * 1024 * 1024));
  }

  /** The warning for a site over GitHub Pages' limit; empty up to the limit itself. */
  static Optional<String> pagesLimitWarning(long bytes) {
    if (bytes <= GITHUB_PAGES_LIMIT) return Optional.empty();
    return Optional.of("figsite: warning: the site is " + human(bytes)
        + ", over GitHub Pages' 1 GB limit for published sites");
  }

  /** Bytes as GitHub Pages counts them (decimal GB), e.g. "0.85 GB". */
  static String gigabytes(long bytes) {
    return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
  }

  /**
   * For a site over {@link #PROJECTION_THRESHOLD}: its bytes per figure, what
   * {@link #PROJECTED_FIGURES} figures would take at that rate, how many figures fit in GitHub
   * Pages' limit, and the three largest parts of the site. Empty for smaller sites.
   */
  static Optional<String> projection(long bytes, int figures, long[] bytesByPart) {
    if (bytes <= PROJECTION_THRESHOLD || figures <= 0) return Optional.empty();
    double perFigure = (double) bytes / figures;
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "figsite: the site is %s, %,.0f bytes per figure: at that rate %,d figures would be %s, and 1 GB holds "
            + "about %,d figures",
        gigabytes(bytes), perFigure, PROJECTED_FIGURES, gigabytes(Math.round(perFigure * PROJECTED_FIGURES)),
        (long) (GITHUB_PAGES_LIMIT / perFigure)));
    List<SitePart> parts = new ArrayList<>();
    for (SitePart p : SitePart.values()) if (p.ordinal() < bytesByPart.length && bytesByPart[p.ordinal()] > 0) parts.add(p);
    parts.sort(Comparator.comparingLong((SitePart p) -> bytesByPart[p.ordinal()]).reversed());
    for (int i = 0; i < Math.min(3, parts.size()); i++) {
      long b = bytesByPart[parts.get(i).ordinal()];
      sb.append(i == 0 ? "; largest: " : ", ").append(parts.get(i).label()).append(' ').append(gigabytes(b))
          .append(String.format(Locale.ROOT, " (%.0f%%)", 100.0 * b / bytes));
    }
    return Optional.of(sb.toString());
  }
}
