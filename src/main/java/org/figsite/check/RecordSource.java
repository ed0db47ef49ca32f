package org.figsite.check;

import org.figsite.diag.SourcePos;

/**
 * Where a figure's record says {@code figid: ...}: the place a problem on its page points back to.
 *
 * @param lineText the {@code figid:} line as written, for the caret display
 */
record RecordSource(String figid, SourcePos pos, String lineText) {}
