package org.figsite.model;

import java.util.List;
import java.util.Map;
import org.figsite.diag.SourcePos;

/**
 * One figure record, validated. Text fields are never null: a missing or blank value is "". The
 * record's front matter is also kept whole, as plain values, in {@link #params} so that templates
 * can use keys figsite does not know.
 *
 * @param redirects the alias paths that must lead to this figure: every {@code redirect_from}
 *     entry, or {@code /figures/<figid_alias>} when there is no {@code redirect_from}
 * @param schemaJsonLd the record's {@code schema-jsonld} object, or null when it has none
 */
public record Figure(
    String sourcePath,
    SourcePos figidPos,
    String figid,
    String figtitle,
    String caption,
    String number,
    String figtype,
    String figlink,
    String pmcid,
    String filename,
    String papertitle,
    String reftext,
    String year,
    String ndex,
    List<String> organisms,
    List<Gene> genes,
    List<Term> chemicals,
    List<Term> diseases,
    String figidAlias,
    List<Redirect> redirects,
    Map<String, Object> schemaJsonLd,
    Map<String, Object> params,
    String body) {

  /** The title to show: {@code figtitle}, else the paper's title, else the figid. */
  public String title() {
    if (!figtitle.isBlank()) return figtitle;
    if (!papertitle.isBlank()) return papertitle;
    return figid;
  }
}
