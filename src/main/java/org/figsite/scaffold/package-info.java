/**
 * {@code figsite init} and {@code figsite templates}: a new site (configuration, an
 * example record, the GitHub Pages workflow) and copies of the built-in templates to override.
 */
package org.figsite.scaffold;
