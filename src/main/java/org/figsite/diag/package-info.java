/**
 * Problems and where they are: {@link org.figsite.diag.SourcePos} ({@code
 * path:line:col}), {@link org.figsite.diag.Problem} (message, source line, hint), the
 * thread-safe collection a build reports into, and {@link org.figsite.diag.Printable}, which
 * makes file names and values safe to print on a terminal.
 */
package org.figsite.diag;
