package org.figsite.check;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.figsite.config.ConfigReader;
import org.figsite.config.SiteConfig;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.load.ContentLayout;
import org.figsite.schema.SchemaOrgVocabulary;

/**
 * Checks a built site, in this order:
 *
 * <ol>
 *   <li>find the site's address (--base-url, else url + baseurl of the configuration);
 *   <li>walk the site folder once, collecting every file;
 *   <li>check every HTML page on a pool of worker threads, each page parsed once and dropped;
 *   <li>report the structured-data findings, grouped, and the Dataset names used more than once;
 *   <li>check the sitemaps, which needs the redirect stubs found by the previous step.
 * </ol>
 */
public final class SiteChecker {

  public CheckReport check(CheckOptions opt) {
    long start = System.nanoTime();
    Problems problems = new Problems();
    Optional<SiteAddress> address = address(opt, problems);
    if (address.isEmpty()) return new CheckReport(problems, 0, 0, millis(start));
    if (!Files.isDirectory(opt.site())) {
      problems.add(Problem.error(SourcePos.ofFile(opt.siteDisplay()), "site folder not found")
          .withHint("build the site first (figsite build), or pass --site DIR"));
      return new CheckReport(problems, 0, 0, millis(start));
    }
    SiteFiles files;
    try {
      files = SiteFiles.walk(opt.site());
    } catch (IOException e) {
      problems.add(Problem.error(SourcePos.ofFile(opt.siteDisplay()), "cannot list the site: " + e.getMessage()));
      return new CheckReport(problems, 0, 0, millis(start));
    }
    RecordSources records = recordSources(opt);
    StructuredDataChecker structuredData = new StructuredDataChecker(SchemaOrgVocabulary.builtin());
    PageChecker pages = new PageChecker(address.get(), files, new PageAnchors(files), records, opt.siteDisplay(),
        structuredData, problems);
    Set<String> stubs = ConcurrentHashMap.newKeySet();
    LongAdder links = new LongAdder();
    checkPages(files.pages(), pages, opt, problems, stubs, links);
    structuredData.finish(problems, opt.siteDisplay());
    new SitemapChecker(address.get(), files, stubs, opt.siteDisplay(), problems).check();
    return new CheckReport(problems, files.pages().size(), links.sum(), millis(start));
  }

  /** Runs {@code threads} workers, each taking the next unchecked page until none are left. */
  private static void checkPages(List<String> all, PageChecker checker, CheckOptions opt, Problems problems,
      Set<String> stubs, LongAdder links) {
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < all.size(); i = next.getAndIncrement()) {
        String page = all.get(i);
        try {
          PageChecker.Outcome o = checker.check(page);
          links.add(o.links());
          if (o.stub()) stubs.add(page);
        } catch (IOException e) {
          problems.add(Problem.error(SourcePos.ofFile(opt.siteDisplay() + page), "cannot read: " + e.getMessage()));
        }
      }
    };
    int threads = Math.max(1, Math.min(opt.threads(), all.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) running.add(pool.submit(worker));
      for (Future<?> f : running) f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problems.add(Problem.error(SourcePos.ofFile(opt.siteDisplay()), "check interrupted"));
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Optional<SiteAddress> address(CheckOptions opt, Problems problems) {
    if (opt.baseUrl().isPresent()) {
      return ConfigReader.parseBaseUrlOption(opt.baseUrl().get(), problems)
          .map(split -> new SiteAddress(split[0], split[1]));
    }
    Optional<SiteConfig> config = ConfigReader.read(opt.config(), opt.configDisplay(), problems);
    return config.map(c -> new SiteAddress(c.url(), c.baseurl()));
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * Where the records of the built site are, to point problems at their source: the content's
   * records folder in whichever layout it has; none when it has no records folder (checking a
   * site needs no content).
   */
  private static RecordSources recordSources(CheckOptions opt) {
    try {
      ContentLayout layout = ContentLayout.detect(opt.content(), opt.contentDisplay());
      return new RecordSources(layout.figures(), layout.figureDisplay(""));
    } catch (ContentLayout.LayoutProblem e) {
      return new RecordSources(opt.content().resolve("figures"), opt.contentDisplay() + "/figures/");
    }
  }
}
