package org.figsite.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.figsite.diag.ProblemException;
import org.figsite.load.ContentLister;
import org.figsite.load.YamlParser;
import org.figsite.model.FigureReader;
import org.figsite.model.SourceRecord;

/**
 * Finds the record file in {@code content/figures/} whose front matter says {@code figid: X}.
 *
 * <p>A record is read as the build reads it ({@link SourceRecord}, {@link FigureReader#findFigid}),
 * so a quoted figid, a comment or a {@code figid:} inside another value mean here what they mean
 * there; a record that cannot be read is not a source, and problems on its page stay at the page:
 * a check must not fail on the records it merely points at. The record named {@code X.md} is tried
 * first; only when that is not it are all records read, once, and what they say kept. A clean site
 * never reads a record.
 */
final class RecordSources {
  /** One parser a thread: the pages are checked in parallel, and a parser is not thread-safe. */
  private static final ThreadLocal<YamlParser> YAML = ThreadLocal.withInitial(YamlParser::new);

  private final Path figuresDir;
  private final String figuresDisplay;
  private Map<String, RecordSource> scanned;

  /** @param figuresDisplay the folder as problems print it, ending in '/' */
  RecordSources(Path figuresDir, String figuresDisplay) {
    this.figuresDir = figuresDir;
    this.figuresDisplay = figuresDisplay;
  }

  Optional<RecordSource> find(String figid) {
    Optional<RecordSource> named = read(figuresDir.resolve(figid + ".md"), figuresDisplay + figid + ".md");
    if (named.isPresent() && named.get().figid().equals(figid)) return named;
    return Optional.ofNullable(scanAll().get(figid));
  }

  private synchronized Map<String, RecordSource> scanAll() {
    if (scanned != null) return scanned;
    Map<String, RecordSource> byFigid = new HashMap<>();
    try {
      for (Path f : ContentLister.markdownFiles(figuresDir)) {
        read(f, figuresDisplay + f.getFileName()).ifPresent(r -> byFigid.putIfAbsent(r.figid(), r));
      }
    } catch (IOException e) {
      // No records to point at: problems stay at the output page, which names the figure.
    }
    scanned = byFigid;
    return scanned;
  }

  /** Where the file's front matter gives its figid, if it is a record that gives one. */
  static Optional<RecordSource> read(Path file, String display) {
    try {
      SourceRecord rec = SourceRecord.read(file, display, true, YAML.get());
      return FigureReader.findFigid(rec.root(), rec.context()).map(f ->
          new RecordSource(f.figid(), f.pos(), rec.source().line(f.pos().line())));
    } catch (IOException | ProblemException e) {
      // Missing, unreadable or broken: the build reports it, and the problem stays at the output page.
      return Optional.empty();
    }
  }
}
