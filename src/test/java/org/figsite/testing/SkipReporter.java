package org.figsite.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.TestAbortedException;

/**
 * Prints every skipped test with its reason ("running as root: ..."), so a skip shows in the Maven
 * output and not only in the report XML. Registered for all tests through the service loader
 * (src/test/resources/META-INF/services) and junit-platform.properties.
 */
public final class SkipReporter implements TestWatcher, LifecycleMethodExecutionExceptionHandler {
  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    report(context, cause == null ? "" : cause.getMessage());
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {
    report(context, reason.orElse("disabled"));
  }

  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable t) throws Throwable {
    if (t instanceof TestAbortedException) report(context, t.getMessage());
    throw t;
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable t) throws Throwable {
    if (t instanceof TestAbortedException) report(context, t.getMessage());
    throw t;
  }

  /** The line printed for one skip. */
  static String line(String test, String reason) {
    String why = reason == null || reason.isBlank() ? "no reason given" : reason.replaceFirst("^Assumption failed: ", "");
    return "SKIPPED " + test + ": " + why;
  }

  private static void report(ExtensionContext context, String reason) {
    String test = context.getRequiredTestClass().getSimpleName()
        + context.getTestMethod().map(m -> "." + m.getName()).orElse("");
    System.out.println(line(test, reason));
    System.out.flush();
  }
}
