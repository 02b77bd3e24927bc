package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogValidateCommandTest {
  private static final String BROKEN = "src/test/resources/catalog/broken/";

  @Test
  void bundledCatalogIsValid() {
    CliRun run = CliRun.run("catalog", "validate").assertOk();
    assertThat(run.out()).matches("ok: \\d+ models, \\d+ licenses, \\d+ tasks\\R");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          bad-syntax.yaml        | 4:9: invalid YAML: while scanning a quoted scalar: found unexpected end of stream
          bad-syntax.json        | 1:57: syntax error: Unexpected character ('}' (code 125)): was expecting double-quote to start field name
          duplicate-key.yaml     | 6:9: duplicate key 'name'
          duplicate-id.yaml      | 4:5: duplicate model id 'same' (first defined at line 3)
          duplicate-alias.yaml   | 4:5: alias 'shared' of model 'two' is already the id or an alias of 'one'
          alias-then-id.yaml     | 4:5: model id 'two' is already an alias of 'one'
          unknown-field.yaml     | 8:5: unknown field 'licence' — did you mean: license?
          wrong-type.yaml        | 10:17: 'parameters' must be a positive integer, not the text '110M'
          out-of-range.yaml      | 10:17: 'parameters' must be a positive integer, not -5
          bad-enum.yaml          | 7:19: 'architecture' must be one of encoder, decoder, encoder-decoder, embedding, not 'transformer'
          unknown-license.yaml   | 8:14: unknown license 'Apache-3.0' — did you mean: Apache-2.0?
          unknown-task.yaml      | 11:14: unknown task 'clasification' — did you mean: classification?
          missing-required.yaml  | 3:5: model 'incomplete' is missing required fields family, organization, license, open_weights
          no-models.yaml         | 1:1: the catalog has no models: 'models' must list at least one
          wrong-format.yaml      | 1:9: 'format' must be 'advisor.catalog/v1', not 'advisor.catalog/v2'
          root-list.json         | 1:1: expected a mapping with 'format' and 'models' at the top, not a list
          imported-incomplete.yaml | 3:5: model 'half-imported': 'imported' needs 'from' (huggingface-api) and 'as_of' (a date)
          imported-source.yaml   | 10:22: 'from' must be one of huggingface-api, not 'web-scrape'
          """)
  void brokenCatalogExitsTwoWithFileLineColumn(String file, String expected) {
    CliRun run = CliRun.run("catalog", "validate", BROKEN + file).assertExit(ExitCodes.INPUT);
    assertThat(run.err()).isEqualTo("advisor: " + BROKEN + file + ":" + expected + "\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void emptyFile() {
    CliRun run = CliRun.run("catalog", "validate", BROKEN + "empty.yaml").assertExit(2);
    assertThat(run.err())
        .isEqualTo(
            "advisor: "
                + BROKEN
                + "empty.yaml: the file is empty: expected a catalog with 'format' and 'models'\n");
  }

  @Test
  void missingFileAndDirectory() {
    CliRun run = CliRun.run("catalog", "validate", "no/such/file.yaml").assertExit(2);
    assertThat(run.err()).isEqualTo("advisor: no/such/file.yaml: no such file\n");
    run = CliRun.run("catalog", "validate", "src/test/resources/catalog").assertExit(2);
    assertThat(run.err())
        .isEqualTo("advisor: src/test/resources/catalog: is a directory, not a catalog file\n");
  }

  @Test
  void eachFileIsReportedAndAnyFailureExitsTwo() {
    CliRun run =
        CliRun.run(
                "catalog",
                "validate",
                "src/test/resources/catalog/mini.yaml",
                BROKEN + "duplicate-key.yaml")
            .assertExit(2);
    assertThat(run.out()).isEqualTo("ok: src/test/resources/catalog/mini.yaml: 5 models\n");
    assertThat(run.err()).contains("duplicate-key.yaml:6:9");
  }

  @Test
  void overridesAreValidatedAgainstTheCatalogsTheyExtend() {
    String mini = "src/test/resources/catalog/mini.yaml";
    String override = "src/test/resources/catalog/override.yaml";
    CliRun.run("catalog", "validate", override).assertExit(2);
    CliRun run =
        CliRun.run("--no-default-catalog", "--catalog", mini, "catalog", "validate", override)
            .assertOk();
    assertThat(run.out()).isEqualTo("ok: " + override + ": 2 models\n");
  }

  @Test
  void brokenCatalogGivenWithCatalogOptionFailsAnyCommand() {
    CliRun run = CliRun.run("--catalog", BROKEN + "duplicate-id.yaml", "list").assertExit(2);
    assertThat(run.err())
        .isEqualTo(
            "advisor: "
                + BROKEN
                + "duplicate-id.yaml:4:5: duplicate model id 'same' (first defined at line 3)\n");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void debugAddsTheStackTrace() {
    CliRun run =
        CliRun.run("--debug", "--catalog", BROKEN + "duplicate-id.yaml", "list").assertExit(2);
    assertThat(run.err()).contains("CatalogException").contains("\tat ");
  }
}
