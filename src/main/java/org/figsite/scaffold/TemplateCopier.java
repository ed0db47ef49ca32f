package org.figsite.scaffold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import org.figsite.diag.Problem;
import org.figsite.diag.SourcePos;
import org.figsite.render.BuiltinTheme;

/**
 * Copies a built-in template (or static file) into the site's templates folder, where it then
 * overrides the built-in one and can be edited ({@code figsite templates --copy NAME}).
 */
public final class TemplateCopier {
  private TemplateCopier() {}

  /** Returns the path written, as the user names it (e.g. {@code templates/figure.ftlh}). */
  public static String copy(String name, Path siteTemplates, String siteTemplatesDisplay) throws Refused, IOException {
    TreeSet<String> names = BuiltinTheme.names();
    String display = siteTemplatesDisplay + "/" + name;
    Optional<byte[]> bytes = names.contains(name) ? BuiltinTheme.read(name) : Optional.empty();
    if (bytes.isEmpty()) {
      throw new Refused(Problem.error(SourcePos.ofFile(name), "the built-in theme has no file of this name")
          .withHint("built-in files: " + String.join(", ", names)));
    }
    Path target = siteTemplates.resolve(name);
    if (Files.exists(target)) {
      throw new Refused(Problem.error(SourcePos.ofFile(display), "already exists; not overwritten")
          .withHint("delete or rename it first to start again from the built-in " + name));
    }
    Files.createDirectories(target.getParent());
    Files.write(target, bytes.get(), java.nio.file.StandardOpenOption.CREATE_NEW);
    return display;
  }
}
