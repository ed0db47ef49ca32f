/**
 * What an incremental build remembers beside the output folder: the record files' sizes and
 * dates, the settings key ({@link org.figsite.cache.Fingerprint}) and every figure's summary, in
 * a checksummed file that is mapped, not read into the heap. A cache that fails its checksums is
 * {@link org.figsite.cache.CacheDamaged}: the build says so and builds everything.
 */
package org.figsite.cache;
