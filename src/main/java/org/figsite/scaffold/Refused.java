package org.figsite.scaffold;

import org.figsite.diag.Problem;

/** Scaffolding would overwrite something the user has: nothing was written. */
public final class Refused extends Exception {
  private final transient Problem problem;

  Refused(Problem problem) {
    super(problem.headline(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
