package org.figsite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.figsite.diag.Problem;
import org.figsite.diag.ProblemException;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.index.FigureSummarizer;
import org.figsite.index.FigureSummary;
import org.figsite.load.ContentLayout;
import org.figsite.load.RecordFiles;
import org.figsite.load.SourceDecoder;
import org.figsite.load.TsvTable;
import org.figsite.load.YamlParser;
import org.figsite.model.Figure;
import org.figsite.model.FigureReader;
import org.figsite.model.DataFileReader;
import org.figsite.model.DataKind;
import org.figsite.model.GeneMention;
import org.figsite.model.SourceRecord;
import org.figsite.model.Term;
import org.figsite.render.FigurePage;
import org.figsite.render.PageWriter;
import org.figsite.render.Theme;
import org.figsite.write.OutputTree;

/**
 * Reads, checks and renders one figure record at a time, writing its page as soon as it is
 * rendered and handing on only its {@link FigureSummary}, which a full build writes to a file at
 * once: memory holds neither the corpus nor its summaries.
 * Thread-safe; called from the worker pool.
 */
final class FigureStage {
  private static final ThreadLocal<YamlParser> YAML = ThreadLocal.withInitial(YamlParser::new);

  private final FigurePage page;
  private final Problems problems;
  private final ContentLayout layout;
  /** The content's data files ({@code *.tsv}), sorted by name. */
  private final RecordFiles dataFiles;
  private final AtomicBoolean templateBroken = new AtomicBoolean();
  /** Set when a record could not be read or its page not written: not the record's fault. */
  private final AtomicBoolean ioFailed = new AtomicBoolean();

  /** The stage for a build's inputs, writing into {@code out} and reporting into {@code problems}. */
  static FigureStage of(BuildInputs in, OutputTree out, Problems problems) {
    PageWriter pages = new PageWriter(in.theme(), in.config(), in.site(), out);
    return new FigureStage(new FigurePage(pages, in.markdown(), in.figureTemplate()), problems, in.layout(),
        in.dataFiles());
  }

  /** Receives the summary of each record without errors, on the worker threads. */
  interface Sink {
    void accept(int file, FigureSummary summary) throws IOException;
  }

  /**
   * Processes the record files {@code which} (indexes into {@code files}) on the build's worker
   * threads, telling the progress bar of each, and hands each valid record's summary to {@code
   * sink}; records with errors are reported and not handed on.
   *
   * @throws IOException when the sink fails
   */
  void processAll(RecordFiles files, int[] which, BuildInputs in, Sink sink) throws InterruptedException, IOException {
    int maxBytes = in.config().maxRecordBytes();
    try {
      in.workers().forEachOf(which, i -> {
        String display = in.figureDisplay(i);
        Optional<FigureSummary> s = files.size(i) > maxBytes ? tooBig(display, files.size(i), maxBytes)
            : processNamed(files.path(i), display);
        if (s.isPresent()) {
          try {
            sink.accept(i, s.get());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        in.progress().step();
      });
    } catch (RecordFailed r) {
      throw new IllegalStateException("a worker failed on " + r.display, r.getCause());
    }
  }

  /** A bug met while processing one record: carries the record's name to the report. */
  private static final class RecordFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String display;

    RecordFailed(String display, Throwable cause) {
      super(display, cause);
      this.display = display;
    }
  }

  /**
   * {@link #process}, naming the record in whatever escapes it: running out of memory is its
   * error (the memory is free again once its work is dropped), anything else is a bug in figsite.
   */
  private Optional<FigureSummary> processNamed(Path file, String display) {
    try {
      return process(file, display);
    } catch (OutOfMemoryError e) {
      problems.add(Problem.error(SourcePos.ofFile(display), "ran out of memory reading or rendering this record")
          .withHint("give figsite more memory (FIGSITE_JAVA_OPTS=-Xmx…), or split the record"));
      ioFailed.set(true);
      return Optional.empty();
    } catch (RuntimeException e) {
      throw new RecordFailed(display, e);
    }
  }

  private Optional<FigureSummary> tooBig(String display, long size, int max) {
    problems.add(Problem.error(new SourcePos(display, 1, 1), String.format(java.util.Locale.ROOT,
            "record is %,d bytes, over the limit of %,d (max_record_bytes)", size, max))
        .withHint("records are rarely over a megabyte: check the file, or raise max_record_bytes in the configuration"));
    return Optional.empty();
  }

  FigureStage(FigurePage page, Problems problems, ContentLayout layout, RecordFiles dataFiles) {
    this.page = page;
    this.problems = problems;
    this.layout = layout;
    this.dataFiles = dataFiles;
  }

  /** Processes one record file; empty when it has errors (already reported). */
  Optional<FigureSummary> process(Path file, String display) {
    Figure figure;
    try {
      figure = read(file, display).orElse(null);
    } catch (IOException e) {
      problems.add(Problem.error(SourcePos.ofFile(display), "cannot read file: " + e.getMessage()));
      ioFailed.set(true);
      return Optional.empty();
    }
    if (figure == null) return Optional.empty();
    if (!templateBroken.get()) {
      try {
        page.write(figure, display);
      } catch (Theme.TemplateProblem e) {
        // A broken template fails every record the same way: report it once.
        if (templateBroken.compareAndSet(false, true)) problems.add(e.problem());
      } catch (IOException e) {
        problems.add(Problem.error(SourcePos.ofFile(display), "cannot write page: " + e.getMessage()));
        ioFailed.set(true);
      }
    }
    return Optional.of(FigureSummarizer.summarize(figure));
  }

  /**
   * The record's figure with its data files' rows; empty when anything has errors. The data files
   * are read even when the front matter has errors (as long as it names a usable figid), so that
   * one build reports all of a record's problems.
   */
  Optional<Figure> read(Path file, String display) throws IOException {
    Optional<FigureReader.Reading> fromFrontMatter = readFrontMatter(file, display);
    if (fromFrontMatter.isEmpty()) return Optional.empty();
    FigureReader.Reading reading = fromFrontMatter.get();
    if (reading.figure().figid().isEmpty()) return reading.ifValid();
    Optional<Figure> withData = withDataFiles(reading.figure());
    return reading.valid() ? withData : Optional.empty();
  }

  /**
   * The figure with the rows of its data files ({@code <figid>-genes.tsv}, …) in place of the front
   * matter's lists; empty when a data file has errors, or when the front matter lists rows of a
   * kind that also has a data file (two sources for one table: which is right?).
   */
  private Optional<Figure> withDataFiles(Figure f) throws IOException {
    RecordFiles data = dataFiles;
    if (data.count() == 0) return Optional.of(f);
    List<Problem> found = new ArrayList<>();
    List<GeneMention> genes = f.genes();
    List<Term> chemicals = f.chemicals();
    List<Term> diseases = f.diseases();
    for (DataKind kind : DataKind.values()) {
      int at = data.find(kind.fileName(f.figid()));
      if (at < 0) continue;
      String shown = layout.dataDisplay(data.name(at));
      SourcePos listed = f.frontMatterLists().get(kind.key());
      if (listed != null) {
        found.add(Problem.error(listed, kind.key() + " are given twice: in this front matter and in " + shown)
            .withHint("keep one of the two: delete the '" + kind.key() + ":' list, or the data file"));
        continue;
      }
      TsvTable table;
      try {
        table = TsvTable.parse(SourceDecoder.decode(shown, Files.readAllBytes(data.path(at))), kind.required(), found);
      } catch (ProblemException e) {
        found.add(e.problem());
        continue;
      }
      switch (kind) {
        case GENES -> genes = DataFileReader.genes(table, found);
        case CHEMICALS -> chemicals = DataFileReader.terms(table, kind);
        case DISEASES -> diseases = DataFileReader.terms(table, kind);
      }
    }
    boolean errors = false;
    for (Problem p : found) {
      problems.add(p);
      errors |= p.isError();
    }
    return errors ? Optional.empty() : Optional.of(f.withData(genes, chemicals, diseases));
  }

  /** The front matter as read (valid or not), or empty when it could not be parsed at all. */
  private Optional<FigureReader.Reading> readFrontMatter(Path file, String display) throws IOException {
    SourceRecord rec;
    try {
      rec = SourceRecord.read(file, display, true, YAML.get());
    } catch (ProblemException e) {
      problems.add(e.problem());
      return Optional.empty();
    }
    FigureReader.Reading r = FigureReader.read(rec.frontMatter(), rec.root(), rec.context());
    SourceRecord.Findings found = rec.findings();
    found.all().forEach(problems::add);
    // A control character in the body makes the record invalid, though its fields are fine.
    return Optional.of(found.hasErrors() ? new FigureReader.Reading(r.figure(), false) : r);
  }

  /** Whether an error came from a template or the file system rather than from a record's content. */
  boolean failedOutsideRecords() {
    return templateBroken.get() || ioFailed.get();
  }
}
