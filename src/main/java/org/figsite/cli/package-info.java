/**
 * The command line: picocli commands ({@code build}, {@code serve}, {@code check}, {@code
 * init}, {@code templates}), the exit statuses ({@link org.figsite.cli.Main}), the problem
 * printer and the progress bar. Commands parse options and print; the work is done elsewhere.
 */
package org.figsite.cli;
