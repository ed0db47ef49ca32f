package org.figsite.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.figsite.diag.Printable;
import org.figsite.diag.Problem;
import org.figsite.load.TsvTable;

/**
 * Turns a figure's data files into gene rows, chemicals and diseases. {@code NA} and empty cells
 * mean "no value"; an id that is present must be digits, and every bad cell is a problem at its
 * line and column. Words are kept exactly as OCR read them.
 */
public final class DataFileReader {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");
  /**
   * The longest symbol, in UTF-8 bytes, a gene page can be named after: {@code SitePaths.fileSafe}
   * writes at most three characters per byte, so its file name stays within the 255 bytes file
   * systems allow. NCBI's longest symbols are far shorter.
   */
  static final int MAX_SYMBOL_BYTES = 64;

  private DataFileReader() {}

  /** The rows of a {@code -genes.tsv}, tidied ({@link GeneRows#tidy}); bad rows are reported and left out. */
  public static List<GeneMention> genes(TsvTable t, List<Problem> problems) {
    int taxonCol = t.column("organism_id");
    int nameCol = t.column("organism_name");
    int wordCol = t.column("word");
    int matchCol = t.column("match");
    int symbolCol = t.column("ncbigene_symbol");
    int idCol = t.column("ncbigene_id");
    int sourceCol = t.column("source");
    List<GeneMention> rows = new ArrayList<>(t.rowCount());
    for (int r = 0; r < t.rowCount(); r++) {
      String taxon = value(t.cell(r, taxonCol));
      if (!DIGITS.matcher(taxon).matches()) {
        problems.add(t.problemAt(r, taxonCol, taxon.isEmpty() ? "organism_id is missing"
            : "organism_id must be digits, got " + Printable.quote(taxon),
            "an NCBI Taxonomy id such as 9606 (human) or 10090 (mouse)"));
        continue;
      }
      String id = value(t.cell(r, idCol));
      if (!id.isEmpty() && !DIGITS.matcher(id).matches()) {
        problems.add(t.problemAt(r, idCol, "ncbigene_id must be digits, got " + Printable.quote(id),
            "an NCBI Gene id such as 2064, or NA"));
        continue;
      }
      String symbol = value(t.cell(r, symbolCol)).strip();
      int bytes = symbol.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (bytes > MAX_SYMBOL_BYTES) {
        problems.add(t.problemAt(r, symbolCol, "ncbigene_symbol is " + bytes + " bytes long; a gene symbol has at most "
            + MAX_SYMBOL_BYTES, "the symbol names the gene's page file: is a tab missing around it?"));
        continue;
      }
      String name = value(t.cell(r, nameCol)).strip();
      if (name.isEmpty() && taxon.equals(GeneMention.HUMAN_TAXON)) name = GeneMention.HUMAN_NAME;
      if (name.isEmpty()) name = "taxon " + taxon;
      rows.add(new GeneMention(taxon, name, id, symbol, t.cell(r, wordCol),
          value(t.cell(r, matchCol)), value(t.cell(r, sourceCol))));
    }
    return GeneRows.tidy(rows);
  }

  /**
   * The rows of a {@code -chemicals.tsv} ({@code word, mesh, match, name, chebi}) or {@code
   * -diseases.tsv} ({@code word, mesh, match, name, doid}), exact repeats dropped. The MeSH id names
   * the term's page; without one, the ChEBI or DOID id does.
   */
  public static List<Term> terms(TsvTable t, DataKind kind) {
    int wordCol = t.column("word");
    int meshCol = t.column("mesh");
    int nameCol = t.column("name");
    String otherVocabulary = kind == DataKind.DISEASES ? "DOID" : "CHEBI";
    int otherCol = t.column(otherVocabulary.toLowerCase(java.util.Locale.ROOT));
    List<Term> out = new ArrayList<>(t.rowCount());
    for (int r = 0; r < t.rowCount(); r++) {
      String mesh = value(t.cell(r, meshCol));
      String other = value(t.cell(r, otherCol));
      // The column names the vocabulary: an id written without its prefix (3165) is still CHEBI:3165.
      String otherSource = other.isEmpty() ? "" : otherVocabulary;
      Term term = mesh.isEmpty()
          ? TermIds.term(t.cell(r, wordCol), value(t.cell(r, nameCol)), otherSource, other, "")
          : TermIds.term(t.cell(r, wordCol), value(t.cell(r, nameCol)), "MESH", mesh, otherSource, other);
      out.add(term);
    }
    return TermIds.distinct(out);
  }

  /** A cell as a value: "" for {@code NA}, R's {@code .na.character} and an empty cell. */
  private static String value(String cell) {
    return FieldReader.isMissing(cell.strip()) ? "" : cell;
  }
}
