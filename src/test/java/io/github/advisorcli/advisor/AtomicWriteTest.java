package io.github.advisorcli.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.advisorcli.advisor.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
  @TempDir Path dir;

  private List<String> files() throws IOException {
    try (Stream<Path> all = Files.list(dir)) {
      return all.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesANewFile() throws IOException {
    Path target = dir.resolve("sub/advisor.yaml");
    AtomicWrite.write(target, "models: []\n", false, "advisor.yaml");
    assertThat(target).hasContent("models: []");
    try (Stream<Path> all = Files.list(target.getParent())) {
      assertThat(all.map(p -> p.getFileName().toString())).containsExactly("advisor.yaml");
    }
  }

  @Test
  void neverOverwritesWithoutForce() throws IOException {
    Path target = dir.resolve("advisor.yaml");
    Files.writeString(target, "mine\n");
    assertThatThrownBy(() -> AtomicWrite.write(target, "new\n", false, "advisor.yaml"))
        .isInstanceOf(AdvisorException.class)
        .hasMessage("advisor.yaml already exists; use --force to replace it");
    assertThat(target).hasContent("mine");
    assertThat(files()).containsExactly("advisor.yaml");
  }

  @Test
  void aDanglingLinkIsNotWrittenThrough() throws IOException {
    Path elsewhere = dir.resolve("elsewhere.yaml");
    Path target = dir.resolve("advisor.yaml");
    Files.createSymbolicLink(target, elsewhere);
    assertThatThrownBy(() -> AtomicWrite.write(target, "new\n", false, "advisor.yaml"))
        .hasMessage("advisor.yaml already exists; use --force to replace it");
    assertThat(elsewhere).doesNotExist();
    assertThat(files()).containsExactly("advisor.yaml");
  }

  @Test
  void forceReplacesTheFileWhole() throws IOException {
    Path target = dir.resolve("advisor.yaml");
    Files.writeString(target, "old content that is longer than the new one\n");
    AtomicWrite.write(target, "new\n", true, "advisor.yaml");
    assertThat(target).hasContent("new");
    assertThat(files()).containsExactly("advisor.yaml");
  }

  @Test
  void aFailedWriteLeavesNoTemporaryFileAndTheTargetUntouched() throws IOException {
    Path target = dir.resolve("advisor.yaml");
    Files.writeString(target, "mine\n");
    // A lone surrogate cannot be encoded as UTF-8: the write fails after the temporary file exists.
    assertThatThrownBy(() -> AtomicWrite.write(target, "bad \uD800\n", true, "advisor.yaml"))
        .isInstanceOf(AdvisorException.class)
        .hasMessageStartingWith("cannot write advisor.yaml: ");
    assertThat(target).hasContent("mine");
    assertThat(files()).containsExactly("advisor.yaml");
    Path fresh = dir.resolve("fresh.yaml");
    assertThatThrownBy(() -> AtomicWrite.write(fresh, "bad \uD800\n", false, "fresh.yaml"))
        .hasMessageStartingWith("cannot write fresh.yaml: ");
    assertThat(files()).containsExactly("advisor.yaml");
  }

  @Test
  void aFailedRenameLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("busy");
    Files.createDirectories(target.resolve("inside"));
    assertThatThrownBy(() -> AtomicWrite.write(target, "new\n", true, "busy"))
        .hasMessage("busy is a folder; name a file to write");
    assertThat(files()).containsExactly("busy");
    assertThat(target.resolve("inside")).isDirectory();
  }

  @Test
  void checkInitGoesThroughIt() throws IOException {
    Path manifest = dir.resolve("advisor.yaml");
    CliRun.run("check", "--init", "--manifest", manifest.toString()).assertOk();
    String starter = Files.readString(manifest);
    Files.writeString(manifest, "# mine\n");
    CliRun refused = CliRun.run("check", "--init", "--manifest", manifest.toString()).assertExit(2);
    assertThat(refused.err())
        .isEqualTo("advisor: " + manifest + " already exists; use --force to replace it\n");
    assertThat(manifest).hasContent("# mine");
    CliRun.run("check", "--init", "--force", "--manifest", manifest.toString()).assertOk();
    assertThat(manifest).hasContent(starter.stripTrailing());
    assertThat(files()).containsExactly("advisor.yaml");
  }
}
