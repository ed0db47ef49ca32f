package org.figsite.cache;

/**
 * What an incremental build compares to tell whether a record file changed without reading it:
 * its name, size and modification time (nanoseconds).
 */
public record SourceStamp(String name, long size, long mtimeNanos) {}
