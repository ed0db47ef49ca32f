package org.figsite.model;

import java.util.List;
import java.util.Map;
import org.figsite.diag.SourcePos;

/**
 * One figure record, validated. Text fields are never null: a missing or blank value, and the
 * missing-value markers {@code NA} and {@code .na.character}, are "". The record's front matter is
 * also kept whole, as plain values, in {@link #params} so that templates can use keys figsite does
 * not know.
 *
 * @param organisms the figure's organisms as curated ({@code organisms}), markers left out
 * @param organismsNer the organisms named in the paper's text ({@code organisms_ner})
 * @param keywords the paper's keywords ({@code keywords}, one {@code |}-separated text)
 * @param wpid the WikiPathways id of the pathway drawn from the figure ({@code WP4806}), or ""
 * @param genes the gene rows, from the front matter or the figure's {@code -genes.tsv}, grouped by
 *     organism, human first
 * @param frontMatterLists where the front matter holds a non-empty {@code genes}, {@code chemicals}
 *     or {@code diseases} list (by that key): such a figure may not also have a data file of that kind
 * @param redirects the alias paths that must lead to this figure: every {@code redirect_from}
 *     entry, or {@code /figures/<figid_alias>} when there is no {@code redirect_from}
 * @param schemaJsonLd the record's {@code schema-jsonld} object, or null when it has none
 * @param lastModified its checked {@code last_modified_at} ({@link LastModified}), or ""
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
    String doi,
    String journalTitle,
    String ndex,
    String wpid,
    List<String> organisms,
    List<String> organismsNer,
    List<String> keywords,
    List<GeneMention> genes,
    List<Term> chemicals,
    List<Term> diseases,
    Map<String, SourcePos> frontMatterLists,
    String figidAlias,
    List<Redirect> redirects,
    Map<String, Object> schemaJsonLd,
    Map<String, Object> params,
    String body,
    String lastModified) {

  /** The title to show: {@code figtitle}, else the paper's title, else the figid. */
  public String title() {
    if (!figtitle.isBlank()) return figtitle;
    if (!papertitle.isBlank()) return papertitle;
    return figid;
  }

  /** This figure with the rows of its data files in place of the front matter's lists. */
  public Figure withData(List<GeneMention> newGenes, List<Term> newChemicals, List<Term> newDiseases) {
    return new Figure(sourcePath, figidPos, figid, figtitle, caption, number, figtype, figlink, pmcid, filename,
        papertitle, reftext, year, doi, journalTitle, ndex, wpid, organisms, organismsNer, keywords, newGenes,
        newChemicals, newDiseases, frontMatterLists, figidAlias, redirects, schemaJsonLd, params, body, lastModified);
  }
}
