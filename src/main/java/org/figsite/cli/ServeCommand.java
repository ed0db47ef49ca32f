package org.figsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.figsite.pipeline.BuildOptions;
import org.figsite.pipeline.BuildReport;
import org.figsite.pipeline.SiteBuilder;
import org.figsite.serve.DevServer;
import org.figsite.serve.ServerLimits;
import org.figsite.serve.SiteRebuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the site, serves the output folder at http://HOST:PORT/BASEURL/ as GitHub Pages would, and "
          + "rebuilds whenever the content, the templates or the configuration change. Open pages reload after each "
          + "good build; after a broken one they show its problems, and the last good site stays served. "
          + "Stop with Ctrl-C.",
      "Limits: at most --max-connections connections at once (each has its own thread; one more gets 503), half of "
          + "them live-reload streams (one page each; one more gets 503 and that page does not reload by itself). "
          + "A connection that has not sent a whole request head within " + ServerLimits.REQUEST_TIMEOUT_SECONDS
          + " s of opening, or of its previous response, is closed (idle and slow clients alike); so is one whose "
          + "client stops reading a response for " + ServerLimits.WRITE_TIMEOUT_SECONDS + " s.",
      "Only requests whose Host header names this server are answered: localhost, 127.0.0.1 or [::1] with the port, "
          + "or the --host address; with --host 0.0.0.0, also any IP address of this machine. Any other host name gets "
          + "421 (a defence against DNS rebinding).",
      "The output folder is locked only while a rebuild runs, so `figsite build` into the same folder works while "
          + "serve is idle (a build started during a rebuild is refused: run it again).",
      "Exit status: 1 if the port cannot be opened, 2 usage error."
    })
final class ServeCommand implements Callable<Integer> {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  @Spec CommandSpec spec;

  @Mixin BuildArgs args;

  @Option(names = "--port", paramLabel = "PORT", description = "port to listen on (default: ${DEFAULT-VALUE})")
  int port = 4000;

  @Option(names = "--host", paramLabel = "HOST", description = "address to listen on (default: ${DEFAULT-VALUE})")
  String host = "127.0.0.1";

  int maxConnections = ServerLimits.DEFAULT_MAX_CONNECTIONS;

  @Option(names = "--max-connections", paramLabel = "N",
      description = "open connections at once, at least 2; half of them may be live-reload streams (default: "
          + ServerLimits.DEFAULT_MAX_CONNECTIONS + ")")
  void maxConnections(int n) {
    if (n < 2) throw new ParameterException(spec.commandLine(), "--max-connections must be at least 2, got " + n);
    maxConnections = n;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BuildOptions opt = args.toOptions(false);
    SiteRebuilder rebuilder = new SiteRebuilder(new SiteBuilder(Version.current()), opt, r -> report(r, opt, args.verbose, out, err));
    DevServer.Settings settings = new DevServer.Settings(new InetSocketAddress(host, port), opt.output(),
        List.of(opt.content(), opt.templates(), opt.config()), rebuilder.baseurl(), rebuilder,
        ServerLimits.of(maxConnections));
    DevServer server;
    try {
      server = DevServer.start(settings);
    } catch (IOException e) {
      err.println("figsite: cannot serve on " + host + ":" + port + ": " + e.getMessage());
      err.println("  hint: is another server using the port? pass --port to pick another");
      return Main.INPUT_ERRORS;
    }
    out.println("figsite: serving " + opt.outputDisplay() + "/ at http://" + host + ":" + server.port()
        + rebuilder.baseurl() + "/ (Ctrl-C to stop)");
    out.flush();
    // Ctrl-C runs shutdown hooks and then ends the JVM; this one closes the port and the watcher first.
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      out.println("figsite: stopped");
      out.flush();
      stopped.countDown();
    }, "figsite-stop"));
    stopped.await();
    return Main.OK;
  }

  private static void report(BuildReport r, BuildOptions opt, boolean verbose, PrintWriter out, PrintWriter err) {
    ProblemPrinter.print(r.problems(), err, verbose);
    String now = LocalTime.now().format(CLOCK);
    if (r.published()) {
      out.printf(Locale.ROOT, "figsite: %s built %,d records, %,d files into %s/ in %.2f s%n",
          now, r.records(), r.files(), opt.outputDisplay(), r.millis() / 1000.0);
      out.flush();
    } else {
      err.println("figsite: " + now + " build failed with " + r.problems().errorCount()
          + " error(s); still serving the last good site");
      err.flush();
    }
  }
}
