package org.figsite.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.figsite.diag.Printable;
import org.figsite.diag.Problem;
import org.figsite.diag.SourcePos;

/**
 * Where a content folder keeps its records, their data files and its site pages. figsite reads two
 * layouts, told apart by their folders:
 *
 * <ul>
 *   <li>figsite's own: {@code figures/*.md}, data files in {@code data/}, site pages in {@code pages/};
 *   <li>a Jekyll repository with collections, as the PFOCR database is kept: {@code _figures/*.md},
 *       data files in {@code _data/}; it has no site pages (its own pages are Liquid templates).
 * </ul>
 *
 * A figure's data files are {@code <figid>-genes.tsv}, {@code <figid>-chemicals.tsv} and {@code
 * <figid>-diseases.tsv} in the data folder, in either layout.
 *
 * @param name {@code figsite} or {@code jekyll}, for the build summary
 * @param figuresName the records' folder name, {@code figures} or {@code _figures}
 * @param dataName the data files' folder name, {@code data} or {@code _data}
 * @param pagesName the site pages' folder name, or empty when the layout has none
 */
public record ContentLayout(Path root, String rootDisplay, String name, String figuresName, String dataName,
    Optional<String> pagesName) {

  /**
   * The layout of {@code root}; a problem when it holds both layouts' record folders (which would
   * be meant?) or neither (the build would publish an empty site).
   */
  public static ContentLayout detect(Path root, String rootDisplay) throws LayoutProblem {
    boolean own = Files.isDirectory(root.resolve("figures"));
    boolean jekyll = Files.isDirectory(root.resolve("_figures"));
    if (own && jekyll) {
      throw new LayoutProblem(Problem.error(SourcePos.ofFile(rootDisplay + "/_figures"),
          "the content folder has both figures/ and _figures/: which records are meant?")
          .withHint("keep records in figures/ (figsite's layout) or in _figures/ (a Jekyll repository), not both"));
    }
    if (jekyll) return new ContentLayout(root, rootDisplay, "jekyll", "_figures", "_data", Optional.empty());
    if (!own) {
      throw new LayoutProblem(Problem.error(SourcePos.ofFile(rootDisplay),
          "no records: the content folder has neither figures/ nor _figures/")
          .withHint("put one Markdown file per figure in " + rootDisplay + "/figures/ (or point --content at a "
              + "checkout of a Jekyll figure repository, which keeps them in _figures/)"));
    }
    return new ContentLayout(root, rootDisplay, "figsite", "figures", "data", Optional.of("pages"));
  }

  public Path figures() {
    return root.resolve(figuresName);
  }

  public Path data() {
    return root.resolve(dataName);
  }

  /** The site pages' folder; empty when the layout has none. */
  public Optional<Path> pages() {
    return pagesName.map(root::resolve);
  }

  /** How a record file is named in messages: {@code content/_figures/X.md}, escaped by {@link Printable#path}. */
  public String figureDisplay(String fileName) {
    return Printable.path(rootDisplay + "/" + figuresName + "/" + fileName);
  }

  /** How a data file is named in messages: {@code content/_data/X-genes.tsv}, escaped by {@link Printable#path}. */
  public String dataDisplay(String fileName) {
    return Printable.path(rootDisplay + "/" + dataName + "/" + fileName);
  }

  /** What the build summary says was read. */
  public String describe() {
    return name.equals("jekyll") ? "Jekyll layout: _figures/, _data/" : "figsite layout";
  }

  /** The content folder cannot be read as either layout. */
  public static final class LayoutProblem extends org.figsite.diag.ProblemException {
    private static final long serialVersionUID = 1L;

    LayoutProblem(Problem problem) {
      super(problem);
    }
  }
}
