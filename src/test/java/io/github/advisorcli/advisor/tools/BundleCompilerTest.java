package io.github.advisorcli.advisor.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.advisorcli.advisor.catalog.Generations;
import io.github.advisorcli.advisor.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleCompilerTest {
  /** A catalog folder with the project's registries and one of its model files. */
  private static Path folder(Path dir) throws IOException {
    Path curated = CliRun.basedir().resolve("catalog");
    Path folder = Files.createDirectories(dir.resolve("catalog/models")).getParent();
    for (String registry : new String[] {"licenses.yaml", "tasks.yaml", "profiles.yaml"}) {
      Files.copy(curated.resolve(registry), folder.resolve(registry));
    }
    Files.copy(
        curated.resolve("models/gpt-classic.yaml"), folder.resolve("models/gpt-classic.yaml"));
    return folder;
  }

  @Test
  void theGenerationRulesAreCompiledIntoTheBundle(@TempDir Path dir) throws IOException {
    Path folder = folder(dir);
    assertThat(BundleCompiler.compile(folder, "").generations()).isEqualTo(Generations.NONE);
    Files.copy(
        CliRun.basedir().resolve("catalog/generations.yaml"), folder.resolve("generations.yaml"));
    Generations rules = BundleCompiler.compile(folder, "").generations();
    assertThat(rules.generations()).isNotEmpty();
    assertThat(rules.later("llama-2")).contains("llama-3");
  }

  @Test
  void badGenerationRulesFailTheBuildNamingTheFile(@TempDir Path dir) throws IOException {
    Path folder = folder(dir);
    Files.writeString(folder.resolve("generations.yaml"), "format: advisor.generations/v0\n");
    assertThatThrownBy(() -> BundleCompiler.compile(folder, ""))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("generations.yaml")
        .hasMessageContaining("advisor.generations/v1");
  }
}
