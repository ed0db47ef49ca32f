/**
 * The output folder: its lock, the staging folder swapped in by a full build, the journal
 * an incremental build commits through ({@link org.figsite.write.SiteChanges}), the file
 * writers ({@link org.figsite.write.OutputTree}) and the plain reasons of I/O errors.
 */
package org.figsite.write;
