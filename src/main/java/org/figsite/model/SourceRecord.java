package org.figsite.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.figsite.diag.Problem;
import org.figsite.diag.ProblemException;
import org.figsite.load.CommentedValues;
import org.figsite.load.ControlCharacters;
import org.figsite.load.FrontMatter;
import org.figsite.load.FrontMatterSplitter;
import org.figsite.load.SourceDecoder;
import org.figsite.load.SourceText;
import org.figsite.load.YamlParser;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * One source file with front matter (a figure record or a site page), read as far as its YAML
 * nodes: decoded as strict UTF-8, its front matter split from the body and parsed, with a {@link
 * NodeContext} for the problems its fields will show. Figures and site pages are both read here,
 * so that the same mistake is reported in the same words and at the same place in either.
 *
 * @param root the front matter's root mapping; empty for a page without front matter
 * @param context where the fields' nodes came from; the model's readers report their problems into it
 */
public record SourceRecord(SourceText source, FrontMatter frontMatter, MappingNode root, NodeContext context) {
  /**
   * Reads and parses a file.
   *
   * @param display the file as problems name it
   * @param frontMatterRequired whether a file without front matter is an error (figure records) or
   *     just a body (site pages)
   * @param yaml the calling thread's parser
   * @throws IOException when the file cannot be read
   * @throws ProblemException when it is not UTF-8, its front matter is malformed or its YAML does
   *     not parse: the one positioned problem that stopped the reading
   */
  public static SourceRecord read(Path file, String display, boolean frontMatterRequired, YamlParser yaml)
      throws IOException, ProblemException {
    SourceText src = SourceDecoder.decode(display, Files.readAllBytes(file));
    FrontMatter fm = FrontMatterSplitter.split(src, frontMatterRequired);
    return new SourceRecord(src, fm, yaml.parse(fm), new NodeContext(fm));
  }

  /**
   * Everything found wrong with the file, once its fields are read: the fields' problems, then the
   * warnings for values cut short by {@code " #"}, then the control characters of the body.
   */
  public Findings findings() {
    List<Problem> all = new ArrayList<>(context.problems());
    all.addAll(CommentedValues.find(frontMatter));
    List<Problem> inBody =
        ControlCharacters.scan(source, source.text().length() - frontMatter.body().length(), "the Markdown body");
    all.addAll(inBody);
    return new Findings(List.copyOf(all), context.hasErrors() || !inBody.isEmpty());
  }

  /**
   * A file's problems.
   *
   * @param hasErrors whether any is an error: the record must then not be published
   */
  public record Findings(List<Problem> all, boolean hasErrors) {}
}
