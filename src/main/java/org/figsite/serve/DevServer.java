package org.figsite.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code figsite serve}: serves the output folder over HTTP, rebuilds when a source changes, and
 * tells open pages to reload (or shows them what broke).
 */
public final class DevServer implements AutoCloseable {
  /** How long the sources must stay unchanged before a rebuild starts. */
  public static final Duration DEBOUNCE = Duration.ofMillis(200);

  private final HttpServer http;
  private final ExecutorService requestThreads;
  private final SourceWatcher watcher;
  private final Thread watchThread;
  private final LiveReload live;

  private DevServer(HttpServer http, ExecutorService requestThreads, SourceWatcher watcher, Thread watchThread,
      LiveReload live) {
    this.http = http;
    this.requestThreads = requestThreads;
    this.watcher = watcher;
    this.watchThread = watchThread;
    this.live = live;
  }

  /**
   * What to serve and how to rebuild it.
   *
   * @param site the output folder
   * @param sources the folders and files a build reads; a change to any of them starts a rebuild
   * @param baseurl the path to serve at until a build reports its own, "" or e.g. "/pfocr"
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
    HttpServer http = HttpServer.create(s.address(), 0);
    SourceWatcher watcher;
    try {
      watcher = new SourceWatcher(s.sources(), List.of(s.site()), DEBOUNCE);
    } catch (IOException e) {
      http.stop(0);
      throw e;
    }
    LiveReload live = new LiveReload();
    Mount mount = new Mount(s.baseurl());
    Runnable rebuild = () -> {
      RebuildOutcome outcome = rebuildOrReportCrash(s.rebuilder());
      if (outcome.succeeded()) mount.path = outcome.baseurl();
      live.rebuilt(outcome);
    };
    rebuild.run();

    ExecutorService requestThreads = Executors.newCachedThreadPool(daemonThreads("figsite-http-"));
    http.setExecutor(requestThreads);
    http.createContext(ReloadEvents.PATH, live.events());
    http.createContext("/", new SiteHandler(s.site().toAbsolutePath().normalize(), () -> mount.path, live));
    http.start();

    Thread watchThread = new Thread(() -> watcher.watch(rebuild), "figsite-watch");
    watchThread.setDaemon(true);
    watchThread.start();
    return new DevServer(http, requestThreads, watcher, watchThread, live);
  }

  /** The port actually bound (useful after asking for port 0). */
  public int port() {
    return http.getAddress().getPort();
  }

  /** Stops watching, ends the event streams and closes the port. A rebuild under way is abandoned. */
  @Override
  public void close() {
    try {
      watcher.close();
    } catch (IOException e) {
      // closing a watch service only releases its handle; nothing is lost if that fails
    }
    live.close();
    http.stop(0);
    requestThreads.shutdownNow();
    watchThread.interrupt();
    try {
      // Briefly, so a build cut short can discard its staging folder before we return.
      watchThread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
