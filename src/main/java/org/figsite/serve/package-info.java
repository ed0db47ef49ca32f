/**
 * {@code figsite serve}: a small HTTP/1.1 server for the built site as GitHub Pages serves
 * it, with bounded connections and request deadlines, a Host check against DNS rebinding, a
 * watcher that rebuilds on change, and live reload for the pages it serves.
 */
package org.figsite.serve;
