package org.figsite.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.figsite.diag.Printable;
import org.figsite.diag.Problem;
import org.figsite.diag.ProblemException;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.load.ContentLinks;
import org.figsite.load.YamlParser;
import org.figsite.model.NodeContext;
import org.figsite.model.Page;
import org.figsite.model.PageReader;
import org.figsite.model.SourceRecord;

/**
 * Reads the site pages ({@code content/pages/*.md}), one after the other: each is read like a
 * figure record ({@link SourceRecord}), except that its front matter is optional; a page whose
 * name differs from another's only by letter case is an error, since the two would overwrite each
 * other on macOS and Windows.
 */
final class SitePageReader {
  private final String display;
  private final Problems problems;
  private final YamlParser yaml = new YamlParser();
  /** Each page's name folded to lower case, and the file that has it. */
  private final Map<String, String> byFoldedName = new HashMap<>();

  private SitePageReader(String display, Problems problems) {
    this.display = display;
    this.problems = problems;
  }

  /**
   * The pages of {@code files} that passed their checks, in the order of {@code files}; the
   * problems of all of them go to {@code problems}.
   *
   * @param display the pages' folder as problems name it, ending in '/'
   */
  static List<Page> read(List<Path> files, String display, Problems problems) {
    SitePageReader reader = new SitePageReader(display, problems);
    List<Page> pages = new ArrayList<>();
    for (Path f : files) reader.read(f).ifPresent(pages::add);
    return pages;
  }

  private Optional<Page> read(Path f) {
    String name = f.getFileName().toString();
    String shown = Printable.path(display + name);
    if (ContentLinks.leavesContent(f, f.getParent())) {
      problems.add(ContentLinks.leftContent(shown));
      return Optional.empty();
    }
    try {
      SourceRecord rec = SourceRecord.read(f, shown, false, yaml);
      String pageName = name.substring(0, name.length() - 3);
      Optional<Page> page = PageReader.read(pageName, rec.frontMatter(), rec.root(), rec.context());
      checkCaseCollision(name, shown, rec.context());
      SourceRecord.Findings found = rec.findings();
      found.all().forEach(problems::add);
      return found.hasErrors() ? Optional.empty() : page;
    } catch (IOException e) {
      problems.add(Problem.error(SourcePos.ofFile(shown), "cannot read file: " + e.getMessage()));
    } catch (ProblemException e) {
      problems.add(e.problem());
    }
    return Optional.empty();
  }

  /** An error when a page read before has the same name ({@code fileName} without ".md") but for letter case. */
  private void checkCaseCollision(String fileName, String shown, NodeContext ctx) {
    String pageName = fileName.substring(0, fileName.length() - 3);
    String other = byFoldedName.putIfAbsent(pageName.toLowerCase(Locale.ROOT), shown);
    if (other != null) {
      ctx.errorAtFile("page '" + Printable.of(fileName) + "' differs from " + other + " only by letter case",
          "pages whose names differ only by case overwrite each other on case-insensitive file systems "
              + "(macOS, Windows): rename one");
    }
  }
}
