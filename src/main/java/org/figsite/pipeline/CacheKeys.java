package org.figsite.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.figsite.cache.Fingerprint;
import org.figsite.config.SiteConfig;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.load.ContentLayout;

/**
 * The keys a build cache must match to be used ({@link BuildInputs#settingsKey}, {@link
 * BuildInputs#pagesKey}): fingerprints of everything but the records that a page depends on.
 */
final class CacheKeys {
  private CacheKeys() {}

  /**
   * Changes with figsite itself, the configuration, and the content and templates folders (which
   * folders, and every file of the templates).
   *
   * @throws IOException when the templates folder cannot be read
   */
  static String settings(String version, BuildOptions opt, SiteConfig config, Problems problems) throws IOException {
    return codeKey(version, opt, problems).add(config.toString())
        .add(folderKey(opt.content())).add(folderKey(opt.templates())).addTree(opt.templates()).hex();
  }

  /**
   * Changes with any file of the site pages' folder.
   *
   * @throws IOException when the folder cannot be read
   */
  static String pages(ContentLayout layout) throws IOException {
    return layout.pages().isPresent() ? new Fingerprint().addTree(layout.pages().get()).hex() : "no pages";
  }

  /**
   * A fingerprint of the running figsite. When its code cannot be identified, a key no cache can
   * match (each build is then a full one), and a warning saying so.
   */
  private static Fingerprint codeKey(String version, BuildOptions opt, Problems problems) {
    Fingerprint key = new Fingerprint().add(version);
    try {
      return key.addCode();
    } catch (IOException e) {
      problems.add(Problem.warning(SourcePos.ofFile(opt.outputDisplay()), "cannot identify the figsite code running ("
          + e.getMessage() + "), so no build cache can be trusted: every build is a full one")
          .withHint("run figsite from its jar (bin/figsite or java -jar figsite.jar)"));
      return key.add("unidentified code " + UUID.randomUUID());
    }
  }

  /**
   * Which folder this is, however the path was typed: {@code content}, {@code ./content/} and its
   * absolute path share one cache, while another folder with files of the same names, sizes and
   * dates (a copy) does not.
   */
  private static String folderKey(Path folder) {
    try {
      return folder.toRealPath().toString();
    } catch (IOException e) {
      return folder.toAbsolutePath().normalize().toString(); // missing: the built-in templates
    }
  }
}
