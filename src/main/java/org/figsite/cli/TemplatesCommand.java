package org.figsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.figsite.render.ThemeCatalog;
import org.figsite.render.ThemeFile;
import org.figsite.scaffold.Refused;
import org.figsite.scaffold.TemplateCopier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the theme's templates and static files and where each comes from: the site's templates folder "
          + "(which overrides the built-in file of the same name) or figsite's built-in theme. "
          + "With --copy, copies a built-in file into the templates folder to edit it there.",
      "Exit status: 0 done, 1 --copy refused (unknown name, or the file exists), 2 usage error."
    })
final class TemplatesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true)
  Action action = new Action();

  static final class Action {
    @Option(names = "--list", description = "list every template and static file (the default)")
    boolean list;

    @Option(names = "--copy", paramLabel = "NAME",
        description = "copy the built-in NAME (e.g. figure.ftlh, static/figsite.css) into the templates folder; never overwrites")
    String copy;
  }

  @Option(names = "--templates", paramLabel = "DIR",
      description = "the site's templates folder (default: ${DEFAULT-VALUE})")
  String templates = "templates";

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String shown = trim(templates);
    if (action.copy != null) {
      try {
        String written = TemplateCopier.copy(action.copy, Path.of(templates), shown);
        out.println("figsite: copied the built-in " + action.copy + " to " + written + "; edit it there");
        return Main.OK;
      } catch (Refused e) {
        err.println(e.problem().format());
        return Main.INPUT_ERRORS;
      }
    }
    List<ThemeFile> files = ThemeCatalog.list(Path.of(templates), shown);
    int width = files.stream().mapToInt(f -> f.name().length()).max().orElse(1);
    for (ThemeFile f : files) {
      String from = !f.fromSite() ? "built-in"
          : f.builtin() ? f.sitePath() + " (overrides the built-in)"
          : f.sitePath() + " (site only)";
      out.println(String.format("%-" + width + "s  %s", f.name(), from));
    }
    return Main.OK;
  }

  private static String trim(String p) {
    String s = p;
    while (s.length() > 1 && s.endsWith("/")) s = s.substring(0, s.length() - 1);
    return s;
  }
}
