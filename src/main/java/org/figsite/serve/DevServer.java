package org.figsite.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code figsite serve}: serves the output folder over HTTP, rebuilds when a source changes, and
 * tells open pages to reload (or shows them what broke).
 */
public final class DevServer implements AutoCloseable {
  /** How long the sources must stay unchanged before a rebuild starts. */
  public static final Duration DEBOUNCE = Duration.ofMillis(200);

  private final LocalHttpServer http;
  private final LiveReload live;
  private final WatchLoop watching;

  private DevServer(LocalHttpServer http, LiveReload live, WatchLoop watching) {
    this.http = http;
    this.live = live;
    this.watching = watching;
  }

  /**
   * What to serve and how to rebuild it.
   *
   * @param site the output folder
   * @param sources the folders and files a build reads; a change to any of them starts a rebuild
   * @param baseurl the path to serve at until a build reports its own, "" or e.g. "/pfocr"
   * @param limits how many connections and live-reload streams at once, and how long a client may take
   */
  public record Settings(InetSocketAddress address, Path site, List<Path> sources, String baseurl, Rebuilder rebuilder,
      ServerLimits limits) {
    /** With the default limits. */
    public Settings(InetSocketAddress address, Path site, List<Path> sources, String baseurl, Rebuilder rebuilder) {
      this(address, site, sources, baseurl, rebuilder, ServerLimits.DEFAULT);
    }
  }

  /**
   * Takes the port (failing at once if it is in use), starts watching, builds once, then serves.
   * Returns when the server is up; the first build's outcome is already known to it.
   */
  public static DevServer start(Settings s) throws IOException {
    LocalHttpServer http = LocalHttpServer.bind(s.address(), s.limits());
    SourceWatcher watcher;
    try {
      watcher = new SourceWatcher(s.sources(), List.of(s.site()), DEBOUNCE);
    } catch (IOException e) {
      http.close();
      throw e;
    }
    LiveReload live = new LiveReload(s.limits().maxLiveReloadStreams());
    Mount mount = new Mount(s.baseurl());
    Runnable rebuild = () -> {
      RebuildOutcome outcome = rebuildOrReportCrash(s.rebuilder());
      if (outcome.succeeded()) mount.path = outcome.baseurl();
      live.rebuilt(outcome);
    };
    rebuild.run();

    SiteHandler site = new SiteHandler(s.site().toAbsolutePath().normalize(), () -> mount.path, live);
    ReloadEvents events = live.events();
    http.start(ex -> (ex.rawPath().equals(ReloadEvents.PATH) ? events : site).handle(ex));

    return new DevServer(http, live, WatchLoop.start(watcher, rebuild));
  }

  /** The port actually bound (useful after asking for port 0). */
  public int port() {
    return http.port();
  }

  /** Stops watching, ends the event streams and closes the port. A rebuild under way is abandoned. */
  @Override
  public void close() {
    live.close();
    http.close();
    watching.close();
  }

  /** Where the site is mounted; written by the watch thread after a build, read by request threads. */
  private static final class Mount {
    volatile String path;

    Mount(String path) {
      this.path = path;
    }
  }

  /**
   * A builder bug must not end the watch loop (the preview would silently stop updating), so it
   * becomes a failed build whose "problem" is the stack trace, shown in the browser banner.
   */
  private static RebuildOutcome rebuildOrReportCrash(Rebuilder rebuilder) {
    try {
      return rebuilder.rebuild();
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      return RebuildOutcome.failed(List.of("figsite: internal error during the rebuild (a bug in figsite):\n" + trace));
    }
  }
}
