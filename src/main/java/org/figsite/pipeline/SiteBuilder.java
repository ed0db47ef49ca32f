package org.figsite.pipeline;

import freemarker.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.figsite.cache.BuildCache;
import org.figsite.cache.CacheDamaged;
import org.figsite.cache.Fingerprint;
import org.figsite.config.ConfigReader;
import org.figsite.config.SiteConfig;
import org.figsite.diag.Printable;
import org.figsite.diag.Problem;
import org.figsite.diag.ProblemException;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.load.ContentLinks;
import org.figsite.load.ContentLayout;
import org.figsite.load.ContentLister;
import org.figsite.load.ControlCharacters;
import org.figsite.load.FrontMatter;
import org.figsite.load.FrontMatterSplitter;
import org.figsite.load.RecordFiles;
import org.figsite.load.SourceDecoder;
import org.figsite.load.SourceText;
import org.figsite.load.YamlParser;
import org.figsite.model.NodeContext;
import org.figsite.model.Page;
import org.figsite.model.PageReader;
import org.figsite.render.MarkdownRenderer;
import org.figsite.render.SiteView;
import org.figsite.render.Theme;
import org.figsite.write.IoReason;
import org.figsite.write.OutputFolder;
import org.figsite.write.SiteChanges;

/**
 * Runs a build, stage by stage, in this order:
 *
 * <ol>
 *   <li>read the configuration and compile the templates (nothing else starts if they are broken);
 *   <li>list the records with their sizes and dates, and lock the output folder;
 *   <li>if the cache beside the output folder says only a few records changed since the last
 *       build, redo just those ({@link IncrementalBuild}); otherwise build everything into a staging
 *       folder ({@link FullBuild}): read, check and render every record in parallel, index the
 *       summaries, write the site-wide pages;
 *   <li>publish only if no step reported an error: a full build swaps the staging folder in, an
 *       incremental one replaces the changed files; on error nothing is published.
 * </ol>
 */
public final class SiteBuilder {
  static final List<String> TEMPLATES = List.of("figure.ftlh", "stub.ftlh", "gene.ftlh", "home.ftlh", "page.ftlh",
      "404.ftlh", "listing.ftlh", "az.ftlh", "search.ftlh");

  private final String version;
  private final BuildProgress progress;

  public SiteBuilder(String version) {
    this(version, BuildProgress.NONE);
  }

  public SiteBuilder(String version, BuildProgress progress) {
    this.version = version;
    this.progress = progress;
  }

  public BuildReport build(BuildOptions opt) {
    long start = System.nanoTime();
    PhaseClock clock = PhaseClock.fromSystemProperty();
    Problems problems = new Problems();
    try (Workers workers = new Workers(opt.threads())) {
      return build(opt, workers, start, clock, problems).withWorkerThreads(workers.threadsUsed());
    } finally {
      progress.done();
    }
  }

  private BuildReport build(BuildOptions opt, Workers workers, long start, PhaseClock clock, Problems problems) {
    Path cacheFile = BuildCache.fileFor(opt.output());
    // Without a cache this is a full build: hand it to a JVM with C2 before doing anything.
    if (opt.quickJit() && (!opt.useCache() || !Files.isRegularFile(cacheFile))) return BuildReport.fullJitWanted(start);
    // Listing the records and reading the cache start now and go on while the configuration and
    // templates are read: together they are most of a one-record incremental build.
    if (!Files.isDirectory(opt.content())) {
      problems.add(Problem.error(SourcePos.ofFile(opt.contentDisplay()), "content folder not found")
          .withHint("pass --content DIR, the folder holding figures/ and pages/ (or a Jekyll repository's _figures/)"));
      return BuildReport.failed(problems, start);
    }
    ContentLayout layout;
    try {
      layout = ContentLayout.detect(opt.content(), opt.contentDisplay());
    } catch (ContentLayout.LayoutProblem e) {
      problems.add(e.problem());
      return BuildReport.failed(problems, start);
    }
    boolean inline = workers.threads() == 1;
    Background<RecordFiles> listing = Background.start("figsite-list", inline,
        () -> RecordFiles.list(layout.figures(), workers));
    Background<RecordFiles> dataListing = Background.start("figsite-list-data", inline,
        () -> RecordFiles.list(layout.data(), ".tsv", workers));
    Background<EarlyCache> early = opt.useCache()
        ? Background.start("figsite-cache", inline, () -> EarlyCache.read(cacheFile)) : null;
    Optional<BuildInputs> prepared = prepare(opt, workers, layout, listing, dataListing, problems, clock);
    if (prepared.isEmpty()) return BuildReport.failed(problems, start);
    BuildInputs in = prepared.get();
    try (OutputFolder folder = OutputFolder.open(opt.output(), opt.outputDisplay())) {
      if (opt.useCache()) {
        // Read before the lock was ours: read again if another build has replaced it since.
        EarlyCache read = early.get().current(cacheFile);
        read.damage().ifPresent(why -> cacheDamaged(problems, opt, why));
        Optional<BuildCache> cache = read.cache()
            .filter(c -> c.settingsKey().equals(in.settingsKey()))
            .filter(c -> c.outputIdentity().equals(folder.identity()));
        clock.mark("read cache");
        // With --skip-invalid, an incremental build that meets an invalid record leaves the
        // choice of what to drop to a full build; its own problems are then discarded.
        boolean pagesOk = !problems.hasErrors();
        if (cache.isPresent() && pagesOk) {
          Problems attempt = new Problems();
          try {
            Optional<BuildReport> r = new IncrementalBuild(in, folder, cache.get(), cacheFile, attempt, start, clock).run();
            clock.mark("incremental build");
            if (r.isPresent() && !(opt.skipInvalid() && attempt.hasErrors())) return r.get();
          } catch (CacheDamaged e) {
            // Met before anything was published (the summaries are all read before the commit).
            cacheDamaged(problems, opt, e.getMessage());
          }
        }
      }
      if (opt.quickJit()) return BuildReport.fullJitWanted(start);
      BuildCache.delete(cacheFile);
      BuildReport r = new FullBuild(in, folder, cacheFile, opt.useCache(), problems, start, clock).run();
      clock.mark("full build");
      return r;
    } catch (OutputFolder.Refused e) {
      problems.add(e.problem());
      return BuildReport.failed(problems, start);
    } catch (SiteChanges.Unfinished e) {
      problems.add(Problem.error(SourcePos.ofFile(opt.outputDisplay()), "cannot finish publishing the site: "
              + e.getMessage())
          .withHint("part of the new files are in place; the next figsite build, serve or check finishes the job first"));
      return BuildReport.unfinished(problems, start);
    } catch (IOException e) {
      problems.add(Problem.error(SourcePos.ofFile(opt.outputDisplay()), "cannot write the site: " + IoReason.of(e))
          .withHint("is the disk full or the folder read-only? The previous site was left as it was."));
      return BuildReport.failed(problems, start);
    }
  }

  private static void linkOutside(Problems problems, String display) {
    problems.add(Problem.error(SourcePos.ofFile(display), "symbolic link to a file outside the content folder")
        .withHint("copy the file into the content folder: links are followed only to files inside it"));
  }

  /** The one-line note for a cache that failed its checksums; the build goes on as a full one. */
  private static void cacheDamaged(Problems problems, BuildOptions opt, String why) {
    problems.add(Problem.warning(SourcePos.ofFile(opt.outputDisplay()),
        "the build cache beside this folder is damaged (" + why + "): building everything"));
  }

  /** Reads everything a build needs before touching any record; empty (with problems) when it cannot start. */
  private Optional<BuildInputs> prepare(BuildOptions opt, Workers workers, ContentLayout layout, Background<RecordFiles> listing,
      Background<RecordFiles> dataListing, Problems problems, PhaseClock clock) {
    // --base-url gives the one key a site must configure: the default configuration file may be absent.
    boolean noFile = opt.baseUrl().isPresent() && opt.configDisplay().equals(SiteConfig.DEFAULT_FILE)
        && !Files.exists(opt.config());
    Optional<SiteConfig> cfg = noFile ? Optional.of(ConfigReader.defaults())
        : ConfigReader.read(opt.config(), opt.configDisplay(), problems);
    if (cfg.isEmpty()) return Optional.empty();
    SiteConfig config = cfg.get();
    if (opt.baseUrl().isPresent()) {
      Optional<String[]> split = ConfigReader.parseBaseUrlOption(opt.baseUrl().get(), problems);
      if (split.isEmpty()) return Optional.empty();
      config = config.withBaseUrl(split.get()[0], split.get()[1]);
    }
    clock.mark("configuration");
    Theme theme;
    Template figureTemplate;
    try {
      theme = new Theme(opt.templates(), opt.templatesDisplay());
      // Only the figure template here: an incremental build may need nothing else, and a full
      // build compiles the rest before it reads any record (FullBuild.run).
      figureTemplate = theme.template("figure.ftlh");
    } catch (Theme.TemplateProblem e) {
      problems.add(e.problem());
      return Optional.empty();
    } catch (IOException e) {
      problems.add(Problem.error(SourcePos.ofFile(opt.templatesDisplay()), "cannot read templates: " + e.getMessage()));
      return Optional.empty();
    }
    clock.mark("templates");
    try {
      RecordFiles figureFiles = listing.get();
      for (String name : figureFiles.linksOutside()) linkOutside(problems, layout.figureDisplay(name));
      RecordFiles dataFiles = dataListing.get();
      for (String name : dataFiles.linksOutside()) linkOutside(problems, layout.dataDisplay(name));
      clock.mark("list and stat records");
      List<Path> pageFiles = layout.pages().isPresent() ? ContentLister.markdownFiles(layout.pages().get()) : List.of();
      List<Page> pages = readPages(pageFiles, opt.contentDisplay() + "/pages/", problems);
      String settingsKey = codeKey(version, opt, problems).add(config.toString())
          .add(folderKey(opt.content())).add(folderKey(opt.templates())).addTree(opt.templates()).hex();
      String pagesKey = layout.pages().isPresent() ? new Fingerprint().addTree(layout.pages().get()).hex() : "no pages";
      clock.mark("pages and fingerprints");
      SiteView site = SiteView.of(config, version);
      MarkdownRenderer markdown = new MarkdownRenderer(config.url() + config.baseurl());
      return Optional.of(new BuildInputs(opt, config, theme, figureTemplate, site, markdown, layout, figureFiles,
          dataFiles, pages,
          pageFiles.size(), settingsKey, pagesKey, progress, workers));
    } catch (IOException e) {
      problems.add(Problem.error(SourcePos.ofFile(opt.contentDisplay()), "cannot list content: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * A fingerprint of the running figsite. When its code cannot be identified, a key no cache can
   * match (each build is then a full one), and a warning saying so.
   */
  private static Fingerprint codeKey(String version, BuildOptions opt, Problems problems) {
    Fingerprint key = new Fingerprint().add(version);
    try {
      return key.addCode();
    } catch (IOException e) {
      problems.add(Problem.warning(SourcePos.ofFile(opt.outputDisplay()), "cannot identify the figsite code running ("
          + e.getMessage() + "), so no build cache can be trusted: every build is a full one")
          .withHint("run figsite from its jar (bin/figsite or java -jar figsite.jar)"));
      return key.add("unidentified code " + java.util.UUID.randomUUID());
    }
  }

  /**
   * Which folder this is, however the path was typed: {@code content}, {@code ./content/} and its
   * absolute path share one cache, while another folder with files of the same names, sizes and
   * dates (a copy) does not.
   */
  private static String folderKey(Path folder) {
    try {
      return folder.toRealPath().toString();
    } catch (IOException e) {
      return folder.toAbsolutePath().normalize().toString(); // missing: the built-in templates
    }
  }

  /**
   * The cache as read before the output folder's lock was taken, and the identity of its file
   * then; {@code damage} says why a cache file that was there could not be trusted.
   */
  private record EarlyCache(Optional<BuildCache> cache, String fileStamp, Optional<String> damage) {
    static EarlyCache read(Path file) {
      String stamp = stamp(file);
      if (stamp == null) return new EarlyCache(Optional.empty(), null, Optional.empty());
      try {
        return new EarlyCache(BuildCache.read(file), stamp, Optional.empty());
      } catch (CacheDamaged e) {
        return new EarlyCache(Optional.empty(), stamp, Optional.of(e.getMessage()));
      }
    }

    /** The cache now: the early read, or a new one if the file was replaced (or appeared) since. */
    EarlyCache current(Path file) {
      String now = stamp(file);
      if (now == null) return new EarlyCache(Optional.empty(), null, Optional.empty());
      return now.equals(fileStamp) ? this : read(file);
    }

    /**
     * Which file, how big and when written. A cache file is replaced, or has stamps patched in
     * place (which moves its date); a patch missed within one clock tick only makes the next build
     * read those records again.
     */
    private static String stamp(Path file) {
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return a.fileKey() + "|" + a.size() + "|" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
      } catch (IOException e) {
        return null;
      }
    }
  }

  private static List<Page> readPages(List<Path> files, String display, Problems problems) {
    List<Page> pages = new ArrayList<>();
    // Each page's name folded to lower case, and the file that has it.
    Map<String, String> byFoldedName = new HashMap<>();
    YamlParser yaml = new YamlParser();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String shown = Printable.path(display + name);
      if (ContentLinks.leavesContent(f, f.getParent())) {
        linkOutside(problems, shown);
        continue;
      }
      try {
        SourceText src = SourceDecoder.decode(shown, Files.readAllBytes(f));
        FrontMatter fm = FrontMatterSplitter.split(src, false);
        NodeContext ctx = new NodeContext(fm);
        String pageName = name.substring(0, name.length() - 3);
        Optional<Page> page = PageReader.read(pageName, fm, yaml.parse(fm), ctx);
        List<Problem> inBody = ControlCharacters.scan(src, src.text().length() - fm.body().length(), "the Markdown body");
        String other = byFoldedName.putIfAbsent(pageName.toLowerCase(java.util.Locale.ROOT), shown);
        if (other != null) {
          ctx.errorAtFile("page '" + Printable.of(name) + "' differs from " + other + " only by letter case",
              "pages whose names differ only by case overwrite each other on case-insensitive file systems "
                  + "(macOS, Windows): rename one");
        }
        if (inBody.isEmpty() && !ctx.hasErrors()) page.ifPresent(pages::add);
        ctx.problems().forEach(problems::add);
        inBody.forEach(problems::add);
        org.figsite.load.CommentedValues.find(fm).forEach(problems::add);
      } catch (IOException e) {
        problems.add(Problem.error(SourcePos.ofFile(shown), "cannot read file: " + e.getMessage()));
      } catch (ProblemException e) {
        problems.add(e.problem());
      }
    }
    return pages;
  }
}
