package org.figsite.index;

/**
 * The site's redirect stubs in the order of their figures, as two parallel arrays rather than an
 * object per stub (there are about as many stubs as figures).
 *
 * @param figures for each stub, the figure it leads to (ascending)
 * @param redirects for each stub, which of its figure's redirects it is
 */
record StubOrder(int[] figures, int[] redirects) {}
