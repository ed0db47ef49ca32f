/**
 * The schema.org vocabulary, read from a pinned copy, for telling type names from real
 * names and checking JSON-LD properties.
 */
package org.figsite.schema;
