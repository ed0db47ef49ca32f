/**
 * Pages and files from records and the index: the theme (FreeMarker templates, built-in or
 * a site's overrides), the views templates read, JSON-LD (schema.org and Bioschemas), links,
 * the search index, sitemaps and the data downloads. Every value is escaped for where it goes:
 * {@link org.figsite.render.HtmlEscaper} for HTML, {@link org.figsite.render.JsonLd} for JSON
 * inside {@code <script>}, {@link org.figsite.render.Links} for URLs.
 */
package org.figsite.render;
