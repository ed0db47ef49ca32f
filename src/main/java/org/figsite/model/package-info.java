/**
 * YAML nodes to checked records: {@link org.figsite.model.FigureReader} and {@link
 * org.figsite.model.PageReader} turn a front matter into a {@link org.figsite.model.Figure} or
 * {@link org.figsite.model.Page}, reporting every bad value of a record at its position in one
 * pass; the gene model shared by both layouts ({@link org.figsite.model.GeneMention}), redirect
 * rules, and text keys normalised to NFC.
 */
package org.figsite.model;
