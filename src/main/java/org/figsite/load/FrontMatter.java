package org.figsite.load;

/**
 * A source file split into its YAML front matter and its Markdown body.
 *
 * @param yaml the text between the two {@code ---} lines
 * @param yamlFirstLine the 1-based file line on which {@code yaml} starts
 * @param body the text after the closing line
 */
public record FrontMatter(SourceText source, String yaml, int yamlFirstLine, String body) {}
