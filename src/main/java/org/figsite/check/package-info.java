/**
 * {@code figsite check}: reads a built site as a crawler and a reader would (links and
 * anchors, alias stubs, sitemaps, alt text, JSON-LD against schema.org and Bioschemas) and
 * reports each finding at the page and, where a record caused it, at the record's line.
 */
package org.figsite.check;
