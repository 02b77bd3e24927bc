package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog export}: the effective catalog as a file that stands in for it. */
class CatalogExportCommandTest {
  private static final String EXTRA = "src/test/resources/catalog/mini.yaml";

  private static void sameAsEffective(Path file, String... extra) {
    String[] plain = new String[extra.length + 3];
    System.arraycopy(extra, 0, plain, 0, extra.length);
    plain[extra.length] = "list";
    plain[extra.length + 1] = "--format";
    plain[extra.length + 2] = "json";
    String expected = CliRun.run(plain).assertOk().out();
    String actual =
        CliRun.run("--no-default-catalog", "--catalog", file.toString(), "list", "--format", "json")
            .assertOk()
            .out();
    assertThat(actual).isEqualTo(expected);
    String recommended =
        CliRun.run(
                "--no-default-catalog",
                "--catalog",
                file.toString(),
                "recommend",
                "--task",
                "classification",
                "--format",
                "json")
            .assertOk()
            .out();
    String[] rec = new String[extra.length + 5];
    System.arraycopy(extra, 0, rec, 0, extra.length);
    System.arraycopy(
        new String[] {"recommend", "--task", "classification", "--format", "json"},
        0,
        rec,
        extra.length,
        5);
    assertThat(recommended).isEqualTo(CliRun.run(rec).assertOk().out());
  }

  @Test
  void jsonAndYamlExportsListTheSameModels(@TempDir Path dir) {
    for (String name : new String[] {"all.json", "all.yaml", "all.catalog"}) {
      Path file = dir.resolve(name);
      CliRun run = CliRun.run("catalog", "export", "--output", file.toString()).assertOk();
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("wrote ").contains(name);
      sameAsEffective(file);
    }
  }

  @Test
  void catalogFilesAreMergedIntoTheExport(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("merged.yaml");
    CliRun.run("--catalog", EXTRA, "catalog", "export", "-o", file.toString()).assertOk();
    sameAsEffective(file, "--catalog", EXTRA);
  }

  @Test
  void standardOutputIsJsonUnlessYamlIsAsked(@TempDir Path dir) throws Exception {
    String json = CliRun.run("catalog", "export").assertOk().out();
    assertThat(json).startsWith("{\"format\":\"advisor.catalog/v1\"");
    String yaml = CliRun.run("catalog", "export", "--format", "yaml").assertOk().out();
    assertThat(yaml).startsWith("format: advisor.catalog/v1");
    Path file = dir.resolve("piped");
    Files.writeString(file, yaml);
    sameAsEffective(file);
  }

  @Test
  void refusesAFormatAgainstTheNameAndAnExistingFile(@TempDir Path dir) throws Exception {
    CliRun.run("catalog", "export", "-o", dir.resolve("x.json").toString(), "-f", "yaml")
        .assertExit(2);
    Path existing = dir.resolve("mine.json");
    Files.writeString(existing, "mine");
    CliRun.run("catalog", "export", "-o", existing.toString()).assertExit(2);
    assertThat(Files.readString(existing)).isEqualTo("mine");
  }
}
