package org.figsite.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFilesTest {
  @TempDir
  Path dir;

  @Test
  void listsTheMarkdownFilesSortedByNameWithTheirSizesAndDates() throws IOException {
    write("b.md", "bb");
    write("a.md", "a");
    write("c.md", "ccc");
    write("notes.txt", "x");
    write(".md.swp", "x");
    Files.createDirectory(dir.resolve("folder.md"));
    Files.setLastModifiedTime(dir.resolve("c.md"), FileTime.from(1_700_000_000_123L, TimeUnit.MILLISECONDS));

    RecordFiles files = RecordFiles.list(dir, RecordFiles.SERIAL);

    assertArrayEquals(new String[] {"a.md", "b.md", "c.md"}, names(files));
    assertEquals(1, files.size(0));
    assertEquals(2, files.size(1));
    assertEquals(3, files.size(2));
    assertEquals(1_700_000_000_123_000_000L, files.mtimeNanos(2));
    assertEquals(dir.resolve("b.md"), files.path(1));
  }

  @Test
  void aMissingFolderHasNoFiles() throws IOException {
    assertEquals(0, RecordFiles.list(dir.resolve("absent"), RecordFiles.SERIAL).count());
  }

  @Test
  void namesWithQuestionMarksAndOtherScriptsLeadBackToTheirFiles() throws IOException {
    // A name Java can only write when file names are UTF-8 (the usual locale).
    assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")));
    write("what?.md", "1");
    write("βeta.md", "22");
    write("a b.md", "333");

    RecordFiles files = RecordFiles.list(dir, RecordFiles.SERIAL);

    assertArrayEquals(new String[] {"a b.md", "what?.md", "βeta.md"}, names(files));
    for (int i = 0; i < files.count(); i++) {
      assertEquals(files.size(i), Files.size(files.path(i)));
    }
  }

  @Test
  void aNameThatIsNotValidUtf8StillLeadsBackToItsFile() throws Exception {
    // Java cannot make such a name itself; the shell can.
    Process p = new ProcessBuilder("sh", "-c", "printf 'xyz' > \"$(printf 'bad\\377name.md')\"")
        .directory(dir.toFile()).inheritIO().start();
    assertEquals(0, p.waitFor());
    write("good.md", "1");

    RecordFiles files = RecordFiles.list(dir, RecordFiles.SERIAL);

    assertEquals(2, files.count());
    List<Long> sizes = new ArrayList<>();
    for (int i = 0; i < files.count(); i++) sizes.add(Files.size(files.path(i)));
    assertEquals(List.of(3L, 1L), sizes);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private static String[] names(RecordFiles files) {
    String[] names = new String[files.count()];
    for (int i = 0; i < names.length; i++) names[i] = files.name(i);
    return names;
  }
}
