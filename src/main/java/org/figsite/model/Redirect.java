package org.figsite.model;

import org.figsite.diag.SourcePos;

/**
 * An old URL path that must keep leading to a figure, as written in the record.
 *
 * @param path the path as written ({@code /figures/PMC8023395__F2})
 * @param pos where it was written
 */
public record Redirect(String path, SourcePos pos) {}
