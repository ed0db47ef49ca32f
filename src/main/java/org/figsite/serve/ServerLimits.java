package org.figsite.serve;

import java.time.Duration;

/**
 * What one client may hold of the preview server. A page load uses a few connections for a
 * moment; an open page also keeps one live-reload stream. Each open connection has its own
 * thread, so the connection limit is also the limit on the server's request threads.
 *
 * @param maxConnections open connections at once, live-reload streams included; one more is
 *     answered 503 and closed
 * @param maxLiveReloadStreams open live-reload streams at once (fewer than {@code maxConnections},
 *     so pages still load when every stream is taken); one more is answered 503
 * @param requestTimeout how long a connection may take to send a whole request head, counted from
 *     when it opened or from the end of its previous response: a client that sends nothing (an
 *     idle keep-alive connection) or trickles its headers is closed when it runs out
 * @param writeTimeout how long one write to a client may stay blocked (a client that stops
 *     reading its response) before the connection is closed
 */
public record ServerLimits(int maxConnections, int maxLiveReloadStreams, Duration requestTimeout, Duration writeTimeout) {
  public static final int DEFAULT_MAX_CONNECTIONS = 64;
  public static final int REQUEST_TIMEOUT_SECONDS = 10;
  public static final int WRITE_TIMEOUT_SECONDS = 30;

  public static final ServerLimits DEFAULT = of(DEFAULT_MAX_CONNECTIONS);

  public ServerLimits {
    if (maxConnections < 2) throw new IllegalArgumentException("maxConnections must be at least 2, got " + maxConnections);
    if (maxLiveReloadStreams < 1 || maxLiveReloadStreams >= maxConnections) {
      throw new IllegalArgumentException("maxLiveReloadStreams must be from 1 to maxConnections - 1, got " + maxLiveReloadStreams);
    }
  }

  /** The given connection limit, half of it for live-reload streams, and the default timeouts. */
  public static ServerLimits of(int maxConnections) {
    return new ServerLimits(maxConnections, maxConnections / 2, Duration.ofSeconds(REQUEST_TIMEOUT_SECONDS),
        Duration.ofSeconds(WRITE_TIMEOUT_SECONDS));
  }
}
