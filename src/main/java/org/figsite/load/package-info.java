/**
 * Bytes to YAML nodes: the content layout and its files ({@link
 * org.figsite.load.RecordFiles}), UTF-8 decoding with positions, the front matter's split, the
 * YAML parser (a fast path for PFOCR-shaped front matter that gives SnakeYAML's exact tree, and
 * SnakeYAML for everything else and every error), the positioned hints for common YAML mistakes,
 * and the strict TSV reader for current-layout data files.
 */
package org.figsite.load;
