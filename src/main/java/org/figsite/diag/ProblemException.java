package org.figsite.diag;

/**
 * A stage could not go on because of one positioned problem, which the command line prints like
 * any other. The one exception type every stage throws for bad input; subclasses only name the
 * situation, so callers can catch them apart. No stack trace: it is not a bug.
 */
public class ProblemException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.headline(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
