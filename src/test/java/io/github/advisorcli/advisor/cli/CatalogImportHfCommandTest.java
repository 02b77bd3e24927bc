package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.ReplayServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogImportHfCommandTest {
  static final String SUMMARY =
      """
      Read 24 entries: imported 11, merged 4 (community numbers of curated models), skipped 9.
      Skipped:
        matches a curated model but has no downloads or likes: 4 (sentence-transformers/all-MiniLM-L6-v2, Qwen/Qwen3-8B, google-t5/t5-small, +1 more)
        no evidence of the architecture (pipeline tag: depth-estimation): 2 (Intel/dpt-large, Intel/dpt-hybrid-midas)
        license 'bigcode-openrail-m' is not in the registry: 1 (bigcode/starcoder)
        no evidence of the architecture (pipeline tag: image-text-to-text): 1 (OrionLLM/GRM-2.6-Opus)
        no license declared: 1 (google-bert/bert-base-chinese)
      Imported without a task (the pipeline tag maps to no advisor task): text2text-generation 2
      """;

  @TempDir Path dir;

  private static String models() {
    return ReplayServer.MODELS.toString();
  }

  @Test
  void importsTheRecordedListAndSummarisesOnStderr() throws IOException {
    Path out = dir.resolve("hub.yaml");
    CliRun run =
        CliRun.run(
                "catalog",
                "import",
                "hf",
                models(),
                "--output",
                out.toString(),
                "--as-of",
                "2026-12-01")
            .assertOk();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(SUMMARY + "Wrote " + out + ": 15 models as of 2026-12-01.\n");
    String yaml = Files.readString(out);
    assertThat(yaml)
        .startsWith("format: advisor.catalog/v1\nas_of: 2026-12-01\nmodels:\n")
        .contains("  - id: dslim--bert-base-ner\n")
        .contains("    imported:\n      from: huggingface-api\n      as_of: 2026-12-01\n");
  }

  @Test
  void theImportedCatalogValidatesAndRanksWithTheBundledOne() {
    Path out = dir.resolve("hub.yaml");
    CliRun.run("catalog", "import", "hf", models(), "-o", out.toString(), "--as-of", "2026-12-01")
        .assertOk();
    CliRun validate = CliRun.run("catalog", "validate", out.toString()).assertOk();
    assertThat(validate.out()).isEqualTo("ok: " + out + ": 15 models\n");
    CliRun ner =
        CliRun.run(
                "--catalog",
                out.toString(),
                "recommend",
                "--task",
                "ner",
                "--top",
                "50",
                "--format",
                "json")
            .assertOk();
    assertThat(ner.out())
        .contains("\"dslim--bert-base-ner\"")
        .as("curated models rank alongside")
        .contains("\"bert-base-uncased\"");
    CliRun chat =
        CliRun.run(
                "--catalog",
                out.toString(),
                "recommend",
                "--task",
                "chat",
                "--top",
                "100",
                "--format",
                "csv")
            .assertOk();
    assertThat(chat.out())
        .as("MiniMax-M2 is curated: its Hub entry only adds community numbers")
        .contains(",minimax-m2,")
        .doesNotContain("minimaxai--minimax-m2");
    CliRun show =
        CliRun.run("--catalog", out.toString(), "show", "google-bert/bert-base-uncased").assertOk();
    assertThat(show.out()).contains("42,711,978").contains("released 2018-10-18");
  }

  @Test
  void jsonUnlessTheOutputEndsInYamlOrYml() throws IOException {
    Path out = dir.resolve("hub.catalog");
    CliRun.run("catalog", "import", "hf", models(), "-o", out.toString(), "--as-of", "2026-12-01")
        .assertOk();
    assertThat(Files.readString(out)).startsWith("{\"format\":\"advisor.catalog/v1\"");
    Path yml = dir.resolve("hub.yml");
    CliRun.run("catalog", "import", "hf", models(), "-o", yml.toString(), "--as-of", "2026-12-01")
        .assertOk();
    assertThat(Files.readString(yml)).startsWith("format: advisor.catalog/v1");
  }

  @Test
  void neverOverwritesWithoutForce() throws IOException {
    Path out = dir.resolve("hub.yaml");
    Files.writeString(out, "mine");
    CliRun run =
        CliRun.run("catalog", "import", "hf", models(), "-o", out.toString())
            .assertExit(ExitCodes.INPUT);
    assertThat(run.err())
        .isEqualTo("advisor: " + out + " already exists; use --force to replace it\n");
    assertThat(Files.readString(out)).isEqualTo("mine");
    CliRun.run("catalog", "import", "hf", models(), "-o", out.toString(), "--force").assertOk();
    assertThat(Files.readString(out)).startsWith("format: advisor.catalog/v1");
  }

  @Test
  void withoutAsOfTheFilesLastModifiedDateIsUsed() throws IOException {
    Path in = dir.resolve("models.json");
    Files.copy(ReplayServer.MODELS, in);
    Files.setLastModifiedTime(in, FileTime.from(Instant.parse("2026-03-04T23:30:00Z")));
    Path out = dir.resolve("hub.yaml");
    CliRun run =
        CliRun.run("catalog", "import", "hf", in.toString(), "-o", out.toString()).assertOk();
    assertThat(run.err()).endsWith(": 15 models as of 2026-03-04.\n");
    assertThat(Files.readString(out)).contains("as_of: 2026-03-04");
  }

  @Test
  void aFileThatIsNotTheHubsListNamesLineAndColumn() throws IOException {
    Path in = dir.resolve("catalog.json");
    Files.writeString(in, "{\"format\": \"advisor.catalog/v1\"}");
    CliRun run =
        CliRun.run("catalog", "import", "hf", in.toString(), "-o", dir.resolve("o.yaml").toString())
            .assertExit(ExitCodes.INPUT);
    assertThat(run.err())
        .isEqualTo(
            "advisor: "
                + in
                + ":1:1: expected the JSON array of models the Hub's /api/models returns, not a"
                + " JSON object\n");
    assertThat(dir.resolve("o.yaml")).doesNotExist();
    run =
        CliRun.run(
                "catalog", "import", "hf", "no/such.json", "-o", dir.resolve("o.yaml").toString())
            .assertExit(ExitCodes.INPUT);
    assertThat(run.err()).isEqualTo("advisor: no/such.json: no such file\n");
  }

  @Test
  void whenEverythingIsSkippedTheSummarySaysWhyAndNothingIsWritten() throws IOException {
    Path in = dir.resolve("vision.json");
    Files.writeString(
        in,
        "[{\"id\":\"Intel/dpt-large\",\"pipeline_tag\":\"depth-estimation\","
            + "\"tags\":[\"license:apache-2.0\"]}]");
    Path out = dir.resolve("o.yaml");
    CliRun run =
        CliRun.run(
                "catalog",
                "import",
                "hf",
                in.toString(),
                "-o",
                out.toString(),
                "--as-of",
                "2026-12-01")
            .assertExit(ExitCodes.INPUT);
    assertThat(run.err())
        .isEqualTo(
            """
            Read 1 entries: imported 0, merged 0 (community numbers of curated models), skipped 1.
            Skipped:
              no evidence of the architecture (pipeline tag: depth-estimation): 1 (Intel/dpt-large)
            advisor: nothing to write: all 1 entries were skipped, so no catalog was written
            """);
    assertThat(out).doesNotExist();
  }

  @Test
  void theSummaryIsInChineseToo() {
    CliRun run =
        CliRun.run(
                "--lang",
                "zh",
                "catalog",
                "import",
                "hf",
                models(),
                "-o",
                dir.resolve("hub.yaml").toString(),
                "--as-of",
                "2026-12-01")
            .assertOk();
    assertThat(run.err())
        .startsWith("读取 24 个条目：导入 11 个，合并 4 个（精选模型的社区数据），跳过 9 个。\n")
        .contains("未声明许可证：1 个（google-bert/bert-base-chinese）")
        .contains("已写入 ");
  }

  @Test
  void missingOutputIsAUsageError() {
    CliRun run = CliRun.run("catalog", "import", "hf", models()).assertExit(ExitCodes.INPUT);
    assertThat(run.err()).contains("Missing required option: '--output=CATALOG'");
  }
}
