package org.figsite.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.figsite.diag.Printable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The front-matter key {@code last_modified_at} of figure records and site pages: the date the
 * record or page last changed, as its owner states it, which becomes the page's {@code <lastmod>}
 * in the sitemap, exactly as written. figsite never makes one up from the build time or a file's
 * date (a fresh checkout gives every file the clone's time).
 */
public final class LastModified {
  public static final String KEY = "last_modified_at";
  /**
   * W3C Datetime as sitemaps take it: a date, or a date and time (minutes, seconds, or a fraction
   * of a second) with a time zone, {@code Z} or {@code +hh:mm}.
   */
  private static final Pattern W3C_DATETIME = Pattern.compile(
      "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}))?");

  private LastModified() {}

  /**
   * The checked value of {@code last_modified_at}: "" when the key is absent, blank or a
   * missing-value marker ({@code NA}); an error at the value, and "", when it is not a W3C date or
   * date-time of the calendar.
   */
  static String read(FieldReader r, Node node, NodeContext ctx) {
    String v = r.text(node, KEY).strip();
    if (v.isEmpty()) return "";
    if (!W3C_DATETIME.matcher(v).matches()) {
      ctx.error(node, KEY + " must be a date like 2024-05-01 or 2024-05-01T09:30:00Z",
          "the sitemap's <lastmod> takes a W3C date, or a date and time with its zone (Z or +01:00)");
      return "";
    }
    if (!onTheCalendar(v)) {
      ctx.error(node, KEY + " " + Printable.quote(v) + " is not a day and time of the calendar",
          "check the month, day and hour: months 01-12, hours 00-23");
      return "";
    }
    return v;
  }

  private static boolean onTheCalendar(String v) {
    try {
      if (v.length() == 10) {
        LocalDate.parse(v);
      } else {
        // ISO_OFFSET_DATE_TIME wants seconds only when given, like W3C Datetime.
        OffsetDateTime.parse(v);
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
