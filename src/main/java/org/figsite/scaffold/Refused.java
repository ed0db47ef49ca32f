package org.figsite.scaffold;

import org.figsite.diag.Problem;
import org.figsite.diag.ProblemException;

/** Scaffolding would overwrite something the user has: nothing was written. */
public final class Refused extends ProblemException {
  private static final long serialVersionUID = 1L;

  Refused(Problem problem) {
    super(problem);
  }
}
