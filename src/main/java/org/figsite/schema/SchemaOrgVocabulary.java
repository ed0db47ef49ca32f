package org.figsite.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The types and properties of schema.org (core and pending), read from {@code
 * schemaorg-vocabulary.tsv}, which {@code .ci/schemaorg-vocabulary.py} makes from the published
 * {@code schemaorg-current-https.jsonld} of the release named in its first line. Immutable.
 */
public final class SchemaOrgVocabulary {
  private static final String RESOURCE = "schemaorg-vocabulary.tsv";

  private final String release;
  private final Map<String, List<String>> supertypes;
  private final Map<String, List<String>> domains;
  private final Set<String> typesLowerCase;

  private SchemaOrgVocabulary(String release, Map<String, List<String>> supertypes, Map<String, List<String>> domains) {
    this.release = release;
    this.supertypes = supertypes;
    this.domains = domains;
    Set<String> lower = new HashSet<>();
    for (String t : supertypes.keySet()) lower.add(t.toLowerCase(Locale.ROOT));
    this.typesLowerCase = Set.copyOf(lower);
  }

  private static final class Builtin {
    static final SchemaOrgVocabulary INSTANCE = read();
  }

  /** The vocabulary shipped in the jar, read once (it is immutable, so sharing it is safe). */
  public static SchemaOrgVocabulary builtin() {
    return Builtin.INSTANCE;
  }

  private static SchemaOrgVocabulary read() {
    try (InputStream in = SchemaOrgVocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the jar");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String release = "";
      Map<String, List<String>> types = new HashMap<>();
      Map<String, List<String>> props = new HashMap<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#")) {
          if (release.isEmpty()) release = line.substring(1).strip();
          continue;
        }
        String[] cols = line.split("\t", -1);
        List<String> refs = cols[2].isEmpty() ? List.of() : List.of(cols[2].split(" "));
        (cols[0].equals("C") ? types : props).put(cols[1], refs);
      }
      return new SchemaOrgVocabulary(release, Map.copyOf(types), Map.copyOf(props));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** e.g. "schema.org 30.0, schemaorg-current-https.jsonld; …". */
  public String release() {
    return release;
  }

  public boolean isType(String name) {
    return supertypes.containsKey(name);
  }

  /** Whether the text is a type's name in any letter case ("creativework"), as generic names are. */
  public boolean isTypeNameIgnoringCase(String text) {
    return typesLowerCase.contains(text.strip().toLowerCase(Locale.ROOT));
  }

  public boolean isProperty(String name) {
    return domains.containsKey(name);
  }

  /** Whether {@code type} or one of its supertypes is {@code ancestor}. */
  public boolean isA(String type, String ancestor) {
    Deque<String> todo = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      String t = todo.poll();
      if (t.equals(ancestor)) return true;
      if (seen.add(t)) todo.addAll(supertypes.getOrDefault(t, List.of()));
    }
    return false;
  }

  /** Whether the property is declared on the type or one of its supertypes. */
  public boolean isPropertyOf(String property, String type) {
    for (String domain : domains.getOrDefault(property, List.of())) {
      if (isA(type, domain)) return true;
    }
    return false;
  }
}
