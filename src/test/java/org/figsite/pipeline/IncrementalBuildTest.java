package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.figsite.cli.Main;
import org.figsite.testing.FileTrees;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After every kind of edit, an incremental build must leave exactly the bytes a clean build
 * writes, and must not touch files whose bytes did not change.
 */
class IncrementalBuildTest {
  static final String SEED = "content/figures/PMC8023395__nihms-1688996-f0002.md";
  @TempDir Path dir;
  TestSite site;

  @BeforeEach
  void firstBuild() throws IOException {
    site = new TestSite(dir).withSampleRecords();
    site.file("content/pages/about.md", "---\ntitle: About\n---\nAbout *this* site.\n");
    TestSite.Run r = site.build();
    assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).doesNotContain("incremental");
  }

  private TestSite.Run rebuildAndCompareWithClean() throws IOException {
    TestSite.Run incremental = site.build();
    assertThat(incremental.exitCode()).as(incremental.err()).isEqualTo(Main.OK);
    assertThat(incremental.out()).contains("(incremental;");
    TestSite.Run clean = TestSite.run("build", "--no-cache", "--content", site.path("content").toString(),
        "--templates", site.path("templates").toString(), "--output", site.path("clean").toString(),
        "--config", site.path("figsite.yml").toString());
    assertThat(clean.exitCode()).as(clean.err()).isEqualTo(Main.OK);
    Map<String, String> a = site.outputSnapshot();
    Map<String, String> b = FileTrees.snapshot(site.path("clean"));
    assertThat(a.keySet()).containsExactlyElementsOf(b.keySet());
    b.forEach((k, v) -> assertThat(a.get(k)).as(k).isEqualTo(v));
    assertThat(folders(site.path("site-output"))).isEqualTo(folders(site.path("clean")));
    return incremental;
  }

  private static TreeSet<String> folders(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isDirectory).map(p -> root.relativize(p).toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  private void edit(String file, String from, String to) throws IOException {
    String text = site.read(file);
    assertThat(text).contains(from);
    site.file(file, text.replace(from, to));
  }

  @Test
  void captionEditRewritesOnlyThatFiguresPageAndRecord() throws IOException {
    Path gene = site.path("site-output/genes/ERBB2.html");
    Files.setLastModifiedTime(gene, FileTime.fromMillis(1_000_000));
    edit(SEED, "caption: One of the foremost", "caption: Edited. One of the foremost");
    TestSite.Run r = rebuildAndCompareWithClean();
    assertThat(r.out()).contains("1 changed -> 2 files changed");
    assertThat(Files.getLastModifiedTime(gene).toMillis()).isEqualTo(1_000_000);
    assertThat(site.read("site-output/figures/PMC8023395__nihms-1688996-f0002.html")).contains("Edited. One of the foremost");
  }

  @Test
  void geneListEditUpdatesTheAffectedGenePages() throws IOException {
    edit(SEED, "- word: MTOR\n  symbol: MTOR\n  source: hgnc_symbol\n  hgnc_symbol: MTOR\n  entrez: '2475'\n",
        "- word: NEWG\n  symbol: NEWG\n  source: hgnc_symbol\n  hgnc_symbol: NEWG1\n  entrez: '999999'\n");
    rebuildAndCompareWithClean();
    assertThat(site.path("site-output/genes/NEWG1.html")).exists();
    assertThat(site.read("site-output/genes/NEWG1.html")).contains("PMC8023395__nihms-1688996-f0002");
  }

  @Test
  void deletedRecordLosesItsPageStubsAndMentions() throws IOException {
    Files.delete(site.path(SEED));
    rebuildAndCompareWithClean();
    assertThat(site.path("site-output/figures/PMC8023395__nihms-1688996-f0002.html")).doesNotExist();
    assertThat(site.path("site-output/figures/PMC8023395__nihms-1688996-f0002.json")).doesNotExist();
    assertThat(site.path("site-output/figures/PMC8023395__F2.html")).doesNotExist();
    assertThat(site.read("site-output/genes/ERBB2.html")).doesNotContain("PMC8023395");
    assertThat(site.read("site-output/sitemap.xml")).doesNotContain("PMC8023395");
  }

  @Test
  void addedRecordAppearsEverywhere() throws IOException {
    site.file("content/figures/new.md", "---\nfigid: PMC1__new\nfigtitle: A new figure\nfigid_alias: PMC1__F1\n"
        + "genes:\n- word: TP53\n  symbol: TP53\n  hgnc_symbol: TP53\n  entrez: '7157'\n---\n");
    rebuildAndCompareWithClean();
    assertThat(site.path("site-output/figures/PMC1__F1.html")).exists();
    assertThat(site.read("site-output/genes/TP53.html")).contains("PMC1__new");
  }

  @Test
  void changedFigidMovesThePage() throws IOException {
    edit(SEED, "figid: PMC8023395__nihms-1688996-f0002", "figid: PMC8023395__renamed");
    rebuildAndCompareWithClean();
    assertThat(site.path("site-output/figures/PMC8023395__nihms-1688996-f0002.html")).doesNotExist();
    assertThat(site.path("site-output/figures/PMC8023395__renamed.html")).exists();
  }

  @Test
  void lastModifiedAtEditsChangeTheSitemapAsACleanBuildWould() throws IOException {
    String loc = "<loc>https://example.org/figures/PMC8023395__nihms-1688996-f0002.html</loc>";
    assertThat(site.read("site-output/sitemap.xml")).contains("<url>" + loc + "</url>");
    edit(SEED, "figid: PMC8023395__nihms-1688996-f0002\n",
        "figid: PMC8023395__nihms-1688996-f0002\nlast_modified_at: 2024-05-01\n");
    rebuildAndCompareWithClean();
    assertThat(site.read("site-output/sitemap.xml")).contains("<url>" + loc + "<lastmod>2024-05-01</lastmod></url>");
    // Same size: only the file's date tells the build, and the summary the sitemap.
    edit(SEED, "last_modified_at: 2024-05-01\n", "last_modified_at: 2024-05-02\n");
    rebuildAndCompareWithClean();
    assertThat(site.read("site-output/sitemap.xml")).contains("<url>" + loc + "<lastmod>2024-05-02</lastmod></url>");
    edit(SEED, "last_modified_at: 2024-05-02\n", "last_modified_at: 2024-06-02T09:30:00+02:00\n");
    rebuildAndCompareWithClean();
    assertThat(site.read("site-output/sitemap.xml"))
        .contains("<url>" + loc + "<lastmod>2024-06-02T09:30:00+02:00</lastmod></url>");
    edit(SEED, "last_modified_at: 2024-06-02T09:30:00+02:00\n", "");
    rebuildAndCompareWithClean();
    assertThat(site.read("site-output/sitemap.xml")).contains("<url>" + loc + "</url>").doesNotContain("<lastmod>");
  }

  @Test
  void sitePageEditIsPickedUp() throws IOException {
    site.file("content/pages/about.md", "---\ntitle: About us\n---\nNew text.\n");
    rebuildAndCompareWithClean();
    assertThat(site.read("site-output/about.html")).contains("New text.");
  }

  @Test
  void badEditFailsAndLeavesTheSiteAsItWas() throws IOException {
    Map<String, String> before = site.outputSnapshot();
    edit(SEED, "figid: PMC8023395__nihms-1688996-f0002", "figid: PMC2277018__tjp0583-0415-f1");
    TestSite.Run r = site.build();
    assertThat(r.exitCode()).isEqualTo(Main.INPUT_ERRORS);
    assertThat(r.err()).contains("duplicate figid");
    assertThat(site.outputSnapshot()).containsExactlyEntriesOf(before);
  }

  @Test
  void successiveIncrementalBuildsStayEqualToCleanOnes() throws IOException {
    edit(SEED, "caption: One of the foremost", "caption: Edited. One of the foremost");
    rebuildAndCompareWithClean();
    Files.delete(site.path("content/figures/PMC83992__mb0391401008.md"));
    rebuildAndCompareWithClean();
    edit(SEED, "figtitle: Towards", "figtitle: Retitled. Towards");
    rebuildAndCompareWithClean();
    assertThat(site.path("site-output/figures/PMC83992__F8.html")).doesNotExist();
  }

  /** Caption edits change no summary: the cache file gets only the new stamps, in place. */
  @Test
  void captionEditsInARowPatchTheCacheStampsInPlace() throws IOException {
    Path cacheFile = dir.resolve(".site-output.figsite-cache");
    Object fileKey = Files.readAttributes(cacheFile, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    edit(SEED, "caption: One of the foremost", "caption: Edited. One of the foremost");
    assertThat(rebuildAndCompareWithClean().out()).contains("1 changed -> 2 files changed");
    edit(SEED, "caption: Edited.", "caption: Edited twice.");
    // Had the first patch recorded a wrong stamp, this would count 2 changed, or miss the edit.
    assertThat(rebuildAndCompareWithClean().out()).contains("1 changed -> 2 files changed");
    assertThat(Files.readAttributes(cacheFile, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
        .as("patched, not replaced").isEqualTo(fileKey);
    assertThat(site.build().out()).contains("0 changed -> 0 files changed");
  }

  @Test
  void nothingChangedWritesNothing() throws IOException {
    TestSite.Run r = site.build();
    assertThat(r.out()).contains("0 changed -> 0 files changed");
  }

  @Test
  void theSameFoldersTypedAnotherWayShareTheCache() throws IOException {
    // TestSite builds with absolute paths; here: relative ones with "./" and a trailing slash.
    Path cwd = Path.of("").toAbsolutePath();
    String content = "./" + cwd.relativize(site.path("content")) + "/";
    TestSite.Run r = site.buildOk("--content", content, "--templates", cwd.relativize(site.path("templates")).toString());
    assertThat(r.out()).contains("0 changed -> 0 files changed");
  }

  @Test
  void aCopyOfTheContentWithTheSameDatesIsNotTakenForTheOriginal() throws IOException {
    Path copy = site.path("copy");
    copyWithDates(site.path("content"), copy);
    TestSite.Run r = site.buildOk("--content", copy.toString());
    assertThat(r.out()).doesNotContain("incremental");
  }
  /**
   * A CI cache restores the output folder and the build cache as new files with their old dates;
   * the next build goes on incrementally from them.
   */
  @Test
  void anOutputAndCacheRestoredWithTheirDatesBuildIncrementally() throws IOException {
    Path saved = dir.resolve("saved");
    moveWithDates(site.path("site-output"), saved.resolve("site-output"));
    for (String f : cacheFiles()) moveWithDates(dir.resolve(f), saved.resolve(f));
    copyWithDates(saved, dir); // new files, as a restore makes them
    edit(SEED, "caption: One of the foremost", "caption: Edited. One of the foremost");
    assertThat(rebuildAndCompareWithClean().out()).contains("1 changed -> 2 files changed");
  }

  /** An older copy of the output put back after an incremental build lacks that build's pages. */
  @Test
  void anOlderCopyOfTheOutputIsNotTakenForTheCurrentOne() throws IOException {
    Path older = dir.resolve("older");
    copyWithDates(site.path("site-output"), older);
    edit(SEED, "caption: One of the foremost", "caption: Edited. One of the foremost");
    assertThat(rebuildAndCompareWithClean().out()).contains("1 changed -> 2 files changed");
    moveWithDates(site.path("site-output"), dir.resolve("newer"));
    copyWithDates(older, site.path("site-output"));
    TestSite.Run r = site.build();
    assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).doesNotContain("incremental");
    assertThat(site.read("site-output/figures/PMC8023395__nihms-1688996-f0002.html")).contains("Edited. One of the foremost");
  }

  private java.util.List<String> cacheFiles() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site-output.figsite-cache")).toList();
    }
  }

  private static void moveWithDates(Path from, Path to) throws IOException {
    copyWithDates(from, to);
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) Files.delete(p);
    }
  }

  private static void copyWithDates(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  private static final String CURRENT_RECORD = "---\nfigid: PMC9__cur\nfigtitle: A current-layout figure\n"
      + "organisms:\n- NA\nyear: '2023'\n---\n";
  private static final String GENES_TSV = "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol"
      + "\tncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match\n"
      + "9606\tHomo sapiens\tPrimates\tAKT\tAKT\tAKT1\t207\tncbigene_symbol\t1\tNA\t1\n"
      + "10090\tMus musculus\tRodents\tAKT\tAKT\tAkt1\t11651\tncbigene_symbol\t1\tNA\t1\n";

  @Test
  void dataFilesThatAppearChangeAndGoAwayRebuildTheirFigure() throws IOException {
    site.file("content/figures/PMC9__cur.md", CURRENT_RECORD);
    site.file("content/data/PMC9__cur-genes.tsv", GENES_TSV);
    rebuildAndCompareWithClean();
    assertThat(site.read("site-output/genes/mus-musculus/Akt1.html")).contains("/figures/PMC9__cur.html");

    // Only the data file changes: the record file is untouched, yet its figure is redone.
    site.file("content/data/PMC9__cur-genes.tsv", GENES_TSV.replace("\tAkt1\t11651\t", "\tAkt2\t11652\t"));
    TestSite.Run edited = rebuildAndCompareWithClean();
    assertThat(edited.out()).contains("1 changed");
    assertThat(site.path("site-output/genes/mus-musculus/Akt1.html")).doesNotExist();
    assertThat(site.read("site-output/genes/mus-musculus/Akt2.html")).contains("/figures/PMC9__cur.html");

    site.file("content/data/PMC9__cur-chemicals.tsv", "word\tmesh\tmatch\tname\tchebi\nGlucose\tmesh:D005947\tGlucose"
        + "\tglucose\tchebi:17234\n");
    rebuildAndCompareWithClean();
    assertThat(site.path("site-output/chemicals/D005947.html")).exists();

    Files.delete(site.path("content/data/PMC9__cur-genes.tsv"));
    rebuildAndCompareWithClean();
    assertThat(site.path("site-output/genes/mus-musculus")).doesNotExist();
    assertThat(site.read("site-output/figures/PMC9__cur.html")).doesNotContain("<h2 id=\"genes\"");
  }

  @Test
  void aDataFileOfNoRecordIsAWarningNamingIt() throws IOException {
    site.file("content/data/PMC404__gone-genes.tsv", GENES_TSV);
    TestSite.Run r = site.build();
    assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.err()).contains("content/data/PMC404__gone-genes.tsv: warning: data file matches no record: "
        + "no figure has the figid \"PMC404__gone\"");
  }
}
