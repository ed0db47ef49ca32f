package org.figsite.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.figsite.diag.SourcePos;
import org.figsite.load.ContentLister;

/**
 * Finds the record file in {@code content/figures/} whose front matter says {@code figid: X}.
 *
 * <p>Only the front matter's lines are read, not parsed as YAML: a check must not fail on the
 * records it merely points at. The record named {@code X.md} is tried first; only when that is not
 * it are all records scanned, once, and the scan kept. A clean site never scans.
 */
final class RecordSources {
  private static final Pattern FIGID = Pattern.compile("figid:[ \\t]*(.*?)[ \\t]*(?:[ \\t]#.*)?");

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

  /** The {@code figid:} line of the file's front matter, if it has one. */
  static Optional<RecordSource> read(Path file, String display) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
      String first = in.readLine();
      if (first == null) return Optional.empty();
      if (first.startsWith("\ufeff")) first = first.substring(1);
      if (!first.strip().equals("---")) return Optional.empty();
      String line;
      int n = 1;
      while ((line = in.readLine()) != null) {
        n++;
        String s = line.stripTrailing();
        if (s.equals("---") || s.equals("...")) break;
        Matcher m = FIGID.matcher(line);
        if (m.matches()) return Optional.of(new RecordSource(unquote(m.group(1)), new SourcePos(display, n, 1), line));
      }
      return Optional.empty();
    } catch (IOException e) {
      // Missing or unreadable: the problem is then reported at the output page instead.
      return Optional.empty();
    }
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
