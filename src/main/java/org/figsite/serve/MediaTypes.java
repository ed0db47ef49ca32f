package org.figsite.serve;

import java.util.Locale;
import java.util.Map;

/** The Content-Type to send for a file, by its extension; text types say they are UTF-8, as figsite writes them. */
final class MediaTypes {
  static final String HTML = "text/html; charset=utf-8";
  static final String FALLBACK = "application/octet-stream";

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("html", "text/html"),
      Map.entry("htm", "text/html"),
      Map.entry("css", "text/css"),
      Map.entry("js", "text/javascript"),
      Map.entry("mjs", "text/javascript"),
      Map.entry("json", "application/json"),
      Map.entry("jsonld", "application/ld+json"),
      Map.entry("map", "application/json"),
      Map.entry("webmanifest", "application/manifest+json"),
      Map.entry("xml", "application/xml"),
      Map.entry("txt", "text/plain"),
      Map.entry("md", "text/markdown"),
      Map.entry("csv", "text/csv"),
      Map.entry("tsv", "text/tab-separated-values"),
      // GMT gene set files have no registered type; browsers should show them, not download them.
      Map.entry("gmt", "text/plain"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("avif", "image/avif"),
      Map.entry("ico", "image/vnd.microsoft.icon"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("woff", "font/woff"),
      Map.entry("ttf", "font/ttf"),
      Map.entry("otf", "font/otf"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("wasm", "application/wasm"),
      Map.entry("zip", "application/zip"),
      Map.entry("gz", "application/gzip"));

  private MediaTypes() {}

  static String of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    String type = BY_EXTENSION.getOrDefault(ext, FALLBACK);
    return isText(type) ? type + "; charset=utf-8" : type;
  }

  static boolean isHtml(String contentType) {
    return contentType.startsWith("text/html");
  }

  private static boolean isText(String type) {
    return type.startsWith("text/") || type.equals("image/svg+xml") || type.equals("application/xml")
        || type.startsWith("application/json") || type.endsWith("+json");
  }
}
