package org.figsite.pipeline;

import java.util.Set;
import org.figsite.diag.Printable;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.Severity;
import org.figsite.diag.SourcePos;
import org.figsite.model.DataKind;

/** Finds data files that belong to no record: most often a figure renamed or deleted without its tables. */
final class DataFileCheck {
  private DataFileCheck() {}

  /** A warning for each {@code <figid>-genes.tsv} (…) whose figid is not among {@code figids}. */
  static void reportOrphans(BuildInputs in, Set<String> figids, Problems problems) {
    for (int i = 0; i < in.dataFiles().count(); i++) {
      String name = in.dataFiles().name(i);
      String figid = DataKind.figidOf(name).orElse(null);
      if (figid == null || figids.contains(figid)) continue;
      problems.add(new Problem(Severity.WARNING, SourcePos.ofFile(in.layout().dataDisplay(name)),
          "data file matches no record: no figure has the figid " + Printable.quote(figid), "",
          "its rows are not shown anywhere; delete the file, or give the record it belongs to that figid"));
    }
  }
}
