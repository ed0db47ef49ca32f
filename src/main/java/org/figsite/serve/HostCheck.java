package org.figsite.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which Host headers the preview answers (a defence against DNS rebinding: a page on another site
 * that points its own name at this machine still sends its own name). Accepted, with the port
 * served on (or with no port when that is 80): {@code localhost}, {@code 127.0.0.1}, {@code [::1]};
 * the address served on and the name it was given as; when serving on every address
 * ({@code 0.0.0.0} or {@code ::}), also the IP address of any of this machine's network interfaces. No other name: a host name that is not {@code localhost} is what rebinding uses.
 */
final class HostCheck {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.]+\\]");

  private final int port;
  private final Set<String> names = new HashSet<>();
  private final Set<InetAddress> addresses = new HashSet<>();
  private final String display;

  /**
   * @param bound the address served, as the user gave it
   * @param port the port actually bound (the one asked for may be 0)
   */
  HostCheck(InetSocketAddress bound, int port) {
    this.port = port;
    names.addAll(List.of("localhost", "127.0.0.1", "[::1]"));
    InetAddress a = bound.getAddress();
    String given = bound.getHostString().toLowerCase(Locale.ROOT);
    // The address as given, even 0.0.0.0 (which the startup line shows, and some browsers open).
    if (a != null) addresses.add(a);
    String bracketed = given.contains(":") && !given.startsWith("[") ? "[" + given + "]" : given;
    if (!bracketed.isEmpty()) names.add(bracketed);
    if (a != null && a.isAnyLocalAddress()) {
      addresses.addAll(interfaceAddresses());
      display = "localhost";
    } else {
      display = bracketed.isEmpty() ? "localhost" : bracketed;
    }
  }

  /** The address to tell a refused client to use, e.g. "http://127.0.0.1:4000/". */
  String origin() {
    return "http://" + display + ":" + port + "/";
  }

  /** Whether a request with these Host header values is for this server: exactly one, naming it. */
  boolean accepts(List<String> hostHeaders) {
    if (hostHeaders.size() != 1) return false;
    String host = hostHeaders.get(0).toLowerCase(Locale.ROOT);
    String name;
    String portText;
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      if (end < 0) return false;
      name = host.substring(0, end + 1);
      String rest = host.substring(end + 1);
      if (!rest.isEmpty() && !rest.startsWith(":")) return false;
      portText = rest.isEmpty() ? null : rest.substring(1);
    } else {
      int colon = host.indexOf(':');
      name = colon < 0 ? host : host.substring(0, colon);
      portText = colon < 0 ? null : host.substring(colon + 1);
    }
    if (!portMatches(portText)) return false;
    return names.contains(name) || literal(name).filter(addresses::contains).isPresent();
  }

  private boolean portMatches(String text) {
    if (text == null) return port == 80;
    if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) return false;
    return Integer.parseInt(text) == port;
  }

  /** The address an IP literal stands for; empty for a name (never looked up: that is what rebinding abuses). */
  private static Optional<InetAddress> literal(String name) {
    boolean v6 = IPV6.matcher(name).matches();
    if (!v6 && !IPV4.matcher(name).matches()) return Optional.empty();
    try {
      return Optional.of(InetAddress.getByName(v6 ? name.substring(1, name.length() - 1) : name));
    } catch (UnknownHostException e) {
      return Optional.empty(); // not a valid literal after all (e.g. 999.1.1.1)
    }
  }

  private static Set<InetAddress> interfaceAddresses() {
    Set<InetAddress> all = new HashSet<>();
    try {
      for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress ia : Collections.list(ni.getInetAddresses())) {
          // Without the scope ("%eth0"), as a Host header carries none.
          all.add(InetAddress.getByAddress(ia.getAddress()));
        }
      }
    } catch (SocketException | UnknownHostException e) {
      // Interfaces cannot be listed: only the loopback names are accepted, which is the safe side.
    }
    return all;
  }
}
