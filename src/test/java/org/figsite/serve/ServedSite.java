package org.figsite.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * A real {@link DevServer} on a free loopback port, and an {@link Http} client for it: the set-up
 * every serve test shares. Keep it in an {@code @AutoClose} field, or in a try-with-resources,
 * so that the server stops after the test whether it passed or not.
 */
final class ServedSite implements AutoCloseable {
  final DevServer server;
  final Http http;

  private ServedSite(DevServer server) {
    this.server = server;
    this.http = new Http(server.port());
  }

  /** Serves {@code site}, rebuilt by {@code rebuilder} whenever a file under {@code sources} changes. */
  static ServedSite start(Path site, List<Path> sources, String baseurl, Rebuilder rebuilder,
      ServerLimits limits) throws IOException {
    // Port 0: the system picks a free port, so tests never collide with each other or with a user's server.
    return new ServedSite(DevServer.start(new DevServer.Settings(new InetSocketAddress("127.0.0.1", 0), site,
        sources, baseurl, rebuilder, limits)));
  }

  static ServedSite start(Path site, List<Path> sources, String baseurl, Rebuilder rebuilder)
      throws IOException {
    return start(site, sources, baseurl, rebuilder, ServerLimits.DEFAULT);
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.close();
  }
}
