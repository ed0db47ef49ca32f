package org.figsite.model;

import java.util.Map;

/**
 * A site page from {@code content/pages/}: {@code index.md} is the home page, any other
 * {@code name.md} becomes {@code /name.html}. Owner-written: its Markdown may hold HTML.
 *
 * @param name the file name without {@code .md}
 * @param params the front matter as plain values (may be empty)
 * @param lastModified its checked {@code last_modified_at} ({@link LastModified}), or ""
 */
public record Page(String sourcePath, String name, String title, String body, Map<String, Object> params,
    String lastModified) {}
