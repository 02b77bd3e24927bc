package io.github.advisorcli.advisor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivingMainTest {
  /** A class path root with the given class lists in the jar's folder for them. */
  private static ClassLoader lists(Path root, String... names) throws IOException {
    Path folder = Files.createDirectories(root.resolve(ArchivingMain.LISTS));
    for (String name : names) {
      Files.writeString(folder.resolve(name + ".classlist"), "java/lang/Object\n# " + name + "\n");
    }
    return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
  }

  @Test
  void writesTheListOfTheNamedCommand(@TempDir Path dir) throws IOException {
    ClassLoader loader = lists(dir.resolve("cp"), "recommend", "all");
    Path out = dir.resolve("out");
    assertThat(ArchivingMain.writeClassList(loader, "recommend", out)).isTrue();
    assertThat(Files.readString(out)).isEqualTo("java/lang/Object\n# recommend\n");
  }

  @Test
  void aCommandWithoutAListOfItsOwnGetsTheListOfAll(@TempDir Path dir) throws IOException {
    ClassLoader loader = lists(dir.resolve("cp"), "recommend", "all");
    Path out = dir.resolve("out");
    assertThat(ArchivingMain.writeClassList(loader, "shell", out)).isTrue();
    assertThat(Files.readString(out)).endsWith("# all\n");
    // A name that is not a plain word never reaches outside the folder of lists.
    Files.writeString(dir.resolve("cp/io/github/advisorcli/advisor/launcher/x.classlist"), "x\n");
    assertThat(ArchivingMain.writeClassList(loader, "../x", out)).isTrue();
    assertThat(Files.readString(out)).endsWith("# all\n");
  }

  @Test
  void withoutAnyListNothingIsWritten(@TempDir Path dir) throws IOException {
    ClassLoader loader = lists(dir.resolve("cp"), "recommend");
    Path out = dir.resolve("out");
    assertThat(ArchivingMain.writeClassList(loader, "shell", out)).isFalse();
    assertThat(out).doesNotExist();
  }

  @Test
  void aFileThatCannotBeWrittenIsNoError(@TempDir Path dir) throws IOException {
    ClassLoader loader = lists(dir.resolve("cp"), "all");
    Path out = dir.resolve("no-such-folder/out");
    assertThat(ArchivingMain.writeClassList(loader, "list", out)).isFalse();
  }
}
