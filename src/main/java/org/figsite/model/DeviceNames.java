package org.figsite.model;

import java.util.Locale;
import java.util.Set;

/**
 * The names Windows reserves for devices: {@code CON}, {@code PRN}, {@code AUX}, {@code NUL},
 * {@code COM0}–{@code COM9} and {@code LPT0}–{@code LPT9}, in any letter case and with any
 * extension ({@code aux.html}, {@code Con.tar.gz}). A file or folder of such a name cannot be made
 * there (opening it opens the device), so a checkout of the site would break. figsite refuses them
 * where a record names a file (figid, figid_alias, a redirect_from segment, a site page) and
 * renames them where data does (gene symbols, organism names, chemical and disease ids).
 */
public final class DeviceNames {
  /** For messages and hints. */
  public static final String LIST = "CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9";

  private static final Set<String> THREE = Set.of("con", "prn", "aux", "nul");

  private DeviceNames() {}

  /** Whether {@code name}, up to its first '.', is a device name in any case. */
  public static boolean isDevice(String name) {
    int stem = stemLength(name);
    if (stem == 3) return THREE.contains(name.substring(0, 3).toLowerCase(Locale.ROOT));
    if (stem != 4) return false;
    String s = name.substring(0, 3).toLowerCase(Locale.ROOT);
    char d = name.charAt(3);
    return (s.equals("com") || s.equals("lpt")) && d >= '0' && d <= '9';
  }

  /** The length of {@code name} before its first '.'. */
  public static int stemLength(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? name.length() : dot;
  }
}
