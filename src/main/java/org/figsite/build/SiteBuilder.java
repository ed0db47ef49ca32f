package org.figsite.build;

import freemarker.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.figsite.config.ConfigReader;
import org.figsite.config.SiteConfig;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.index.FigureSummary;
import org.figsite.index.SiteIndex;
import org.figsite.index.SiteIndexer;
import org.figsite.index.SitePaths;
import org.figsite.load.ContentLister;
import org.figsite.load.FrontMatter;
import org.figsite.load.FrontMatterSplitter;
import org.figsite.load.SourceDecoder;
import org.figsite.load.SourceText;
import org.figsite.load.YamlParser;
import org.figsite.model.NodeContext;
import org.figsite.model.Page;
import org.figsite.model.PageReader;
import org.figsite.render.FigureViews;
import org.figsite.render.MarkdownRenderer;
import org.figsite.render.SiteView;
import org.figsite.render.Theme;
import org.figsite.write.OutputFolder;
import org.figsite.write.OutputTree;

/**
 * Runs a build, stage by stage, in this order:
 *
 * <ol>
 *   <li>read the configuration and compile the templates (nothing else starts if they are broken);
 *   <li>lock the output folder and open a staging folder beside it;
 *   <li>read, check and render every figure record in parallel, writing each page at once and
 *       keeping a compact summary;
 *   <li>index the summaries: duplicate ids, redirect collisions, gene lists;
 *   <li>write the pages made from the index (stubs, gene pages, home, sitemaps…);
 *   <li>if no step reported an error, swap the staging folder in; otherwise discard it.
 * </ol>
 */
public final class SiteBuilder {
  private final String version;

  public SiteBuilder(String version) {
    this.version = version;
  }

  public BuildReport build(BuildOptions opt) {
    long start = System.nanoTime();
    Problems problems = new Problems();
    Optional<SiteConfig> cfg = ConfigReader.read(opt.config(), opt.configDisplay(), problems);
    if (cfg.isEmpty()) return failed(problems, start);
    SiteConfig config = cfg.get();
    if (opt.baseUrl().isPresent()) {
      Optional<String[]> split = ConfigReader.splitBaseUrl(opt.baseUrl().get());
      if (split.isEmpty()) {
        problems.add(Problem.error(SourcePos.ofFile("--base-url"), "not an absolute http(s) URL: " + opt.baseUrl().get())
            .withHint("e.g. --base-url https://example.org/pfocr"));
        return failed(problems, start);
      }
      config = config.withBaseUrl(split.get()[0], split.get()[1]);
    }
    Theme theme;
    Template figureTemplate;
    try {
      theme = new Theme(opt.templates(), opt.templatesDisplay());
      figureTemplate = theme.template("figure.ftlh");
      for (String name : List.of("stub.ftlh", "gene.ftlh", "home.ftlh", "page.ftlh", "404.ftlh")) theme.template(name);
    } catch (Theme.TemplateProblem e) {
      problems.add(e.problem());
      return failed(problems, start);
    } catch (IOException e) {
      problems.add(Problem.error(SourcePos.ofFile(opt.templatesDisplay()), "cannot read templates: " + e.getMessage()));
      return failed(problems, start);
    }

    Path figuresDir = opt.content().resolve("figures");
    List<Path> figureFiles;
    List<Path> pageFiles;
    try {
      if (!Files.isDirectory(opt.content())) {
        problems.add(Problem.error(SourcePos.ofFile(opt.contentDisplay()), "content folder not found")
            .withHint("pass --content DIR, the folder holding figures/ and pages/"));
        return failed(problems, start);
      }
      figureFiles = ContentLister.markdownFiles(figuresDir);
      pageFiles = ContentLister.markdownFiles(opt.content().resolve("pages"));
    } catch (IOException e) {
      problems.add(Problem.error(SourcePos.ofFile(opt.contentDisplay()), "cannot list content: " + e.getMessage()));
      return failed(problems, start);
    }

    try (OutputFolder folder = OutputFolder.open(opt.output(), opt.outputDisplay())) {
      OutputTree staging = folder.createStaging();
      SiteView site = SiteView.of(config, version);
      MarkdownRenderer markdown = new MarkdownRenderer(config.url() + config.baseurl());
      FigureStage figures = new FigureStage(theme, figureTemplate, new FigureViews(config, markdown), site, staging, problems);

      FigureSummary[] summaries = new FigureSummary[figureFiles.size()];
      String figuresDisplay = opt.contentDisplay() + "/figures/";
      ForkJoinPool pool = new ForkJoinPool(Math.max(1, opt.threads()));
      try {
        pool.submit(() -> IntStream.range(0, figureFiles.size()).parallel().forEach(i -> {
          Path f = figureFiles.get(i);
          summaries[i] = figures.process(f, figuresDisplay + f.getFileName()).orElse(null);
        })).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        folder.discard(staging);
        problems.add(Problem.error(SourcePos.ofFile(opt.contentDisplay()), "build interrupted"));
        return failed(problems, start);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a worker failed", e.getCause());
      } finally {
        pool.shutdown();
      }
      List<FigureSummary> ok = new ArrayList<>(summaries.length);
      for (FigureSummary s : summaries) if (s != null) ok.add(s);

      List<Page> pages = readPages(pageFiles, opt.contentDisplay() + "/pages/", problems);
      List<FigureSummary> dropped = new ArrayList<>();
      SiteIndex index = SiteIndexer.index(ok, problems, dropped);
      int skipped = figureFiles.size() - ok.size() + dropped.size() + pageFiles.size() - pages.size();
      // With --skip-invalid, errors in records and pages leave those out; any other error (a
      // template, the disk) still fails the build.
      if (problems.hasErrors() && (!opt.skipInvalid() || figures.failedOutsideRecords())) {
        folder.discard(staging);
        return new BuildReport(false, problems, figureFiles.size(), 0, 0, 0, 0, 0, 0, 0, millis(start), 0);
      }
      SiteStage siteStage = new SiteStage(theme, config, site, markdown, staging);
      try {
        removeDropped(dropped, index, figureFiles, figuresDisplay, figures, staging);
        siteStage.writeStubs(index);
        siteStage.writeGenePages(index);
        siteStage.writeSitePages(index, pages);
        siteStage.writeRobotsAndSitemaps(index, pages);
        siteStage.writeAssets(opt.templates());
      } catch (Theme.TemplateProblem e) {
        problems.add(e.problem());
        folder.discard(staging);
        return failed(problems, start);
      }
      long files = staging.fileCount();
      long bytes = staging.byteCount();
      folder.publish(staging);
      return new BuildReport(true, problems, figureFiles.size(), index.figures().size(), siteStage.stubs,
          siteStage.genePages, siteStage.otherPages, siteStage.sitemaps, files, bytes, millis(start), skipped);
    } catch (OutputFolder.Refused e) {
      problems.add(e.problem());
      return failed(problems, start);
    } catch (IOException e) {
      problems.add(Problem.error(SourcePos.ofFile(opt.outputDisplay()), "cannot write the site: " + e.getMessage())
          .withHint("is the disk full or the folder read-only? The previous site was left as it was."));
      return failed(problems, start);
    }
  }

  /**
   * Removes the pages of figures the index left out. A figure dropped for sharing its page's path
   * with a kept one (same figid, or one differing by case) may have written that path last, so the
   * kept figure's page is rendered again.
   */
  private static void removeDropped(List<FigureSummary> dropped, SiteIndex index, List<Path> files, String display,
      FigureStage figures, OutputTree staging) throws IOException {
    if (dropped.isEmpty()) return;
    Set<String> clobbered = new HashSet<>();
    for (FigureSummary f : dropped) {
      String page = SitePaths.figurePage(f.figid());
      staging.delete(page);
      clobbered.add(page.toLowerCase(Locale.ROOT));
    }
    Map<String, Path> byDisplay = new HashMap<>();
    for (Path p : files) byDisplay.put(display + p.getFileName(), p);
    for (FigureSummary kept : index.figures()) {
      if (clobbered.contains(SitePaths.figurePage(kept.figid()).toLowerCase(Locale.ROOT))) {
        figures.process(byDisplay.get(kept.sourcePath()), kept.sourcePath());
      }
    }
  }

  private static List<Page> readPages(List<Path> files, String display, Problems problems) {
    List<Page> pages = new ArrayList<>();
    YamlParser yaml = new YamlParser();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String shown = display + name;
      try {
        SourceText src = SourceDecoder.decode(shown, Files.readAllBytes(f));
        FrontMatter fm = FrontMatterSplitter.split(src, false);
        NodeContext ctx = new NodeContext(fm);
        PageReader.read(name.substring(0, name.length() - 3), fm, yaml.parse(fm), ctx).ifPresent(pages::add);
        ctx.problems().forEach(problems::add);
      } catch (IOException e) {
        problems.add(Problem.error(SourcePos.ofFile(shown), "cannot read file: " + e.getMessage()));
      } catch (SourceDecoder.InvalidEncoding e) {
        problems.add(e.problem());
      } catch (FrontMatterSplitter.Malformed e) {
        problems.add(e.problem());
      } catch (YamlParser.Invalid e) {
        problems.add(e.problem());
      }
    }
    return pages;
  }

  private static BuildReport failed(Problems problems, long start) {
    return new BuildReport(false, problems, 0, 0, 0, 0, 0, 0, 0, 0, millis(start), 0);
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
