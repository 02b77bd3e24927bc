package io.github.advisorcli.advisor.catalog.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.advisorcli.advisor.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;

/** The parser limits: set explicitly, and each one reported as an input error with its place. */
class ParserLimitsTest {
  private static final String MODEL =
      "{\"id\": \"m%d\", \"family\": \"f\", \"name\": \"Model %d\", \"organization\": \"o\","
          + " \"architecture\": \"encoder\", \"license\": \"MIT\", \"open_weights\": true}";

  @TempDir Path dir;

  private String file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p.toString();
  }

  /** The one error line of {@code catalog validate FILE}, without "advisor: FILE". */
  private static String validate(String file) {
    CliRun run = CliRun.run("catalog", "validate", file).assertExit(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("advisor: " + file);
    return run.err().substring(("advisor: " + file).length()).strip();
  }

  @Test
  void limitsAreSetExplicitly() {
    StreamReadConstraints json = Parsers.json().getFactory().streamReadConstraints();
    assertThat(json.getMaxNestingDepth()).isEqualTo(64);
    assertThat(json.getMaxStringLength()).isEqualTo(1 << 20);
    assertThat(json.getMaxNameLength()).isEqualTo(1024);
    assertThat(json.getMaxNumberLength()).isEqualTo(100);
    assertThat(json.hasMaxDocumentLength()).as("no limit on a JSON document").isFalse();
    assertThat(json.hasMaxTokenCount()).isFalse();
    StrictYamlFactory yaml = (StrictYamlFactory) Parsers.yaml().getFactory();
    assertThat(yaml.streamReadConstraints().getMaxStringLength()).isEqualTo(1 << 20);
    LoaderOptions options = yaml.loaderOptions();
    assertThat(options.getCodePointLimit()).isEqualTo(1 << 30);
    assertThat(options.getMaxAliasesForCollections()).isEqualTo(50);
    assertThat(options.getNestingDepthLimit()).isEqualTo(64);
    assertThat(options.getAllowRecursiveKeys()).isFalse();
  }

  @Test
  void aLargeJsonCatalogOnOneLineLoads() throws IOException {
    // 20,000 models, 3 MB on one line: more than a YAML line may hold, and fine for JSON.
    StringBuilder json = new StringBuilder("{\"format\": \"advisor.catalog/v1\", \"models\": [");
    for (int i = 0; i < 20_000; i++) {
      json.append(i == 0 ? "" : ", ").append(MODEL.formatted(i, i));
    }
    String file = file("large.json", json.append("]}").toString());
    assertThat(Files.size(Path.of(file))).isGreaterThan(Parsers.MAX_YAML_LINE);
    CliRun run = CliRun.run("--no-default-catalog", "catalog", "validate", file).assertOk();
    assertThat(run.out()).isEqualTo("ok: " + file + ": 20000 models\n");
  }

  @Test
  void stringsUpToTheLimitLoadInBothFormats() throws IOException {
    String notes = "n".repeat(Parsers.MAX_STRING);
    String yaml =
        file(
            "long-notes.yaml",
            "format: advisor.catalog/v1\nmodels:\n  - {id: m, family: f, name: n, organization: o,"
                + " architecture: encoder, license: MIT, open_weights: true, notes: "
                + notes
                + "}\n");
    CliRun.run("catalog", "validate", yaml).assertOk();
    String json =
        file(
            "long-notes.json",
            "{\"format\": \"advisor.catalog/v1\", \"models\": ["
                + MODEL.formatted(1, 1).replace("}", ", \"notes\": \"" + notes + "\"}")
                + "]}");
    CliRun.run("catalog", "validate", json).assertOk();
  }

  @Test
  void eachLimitIsReportedWithItsPlace() throws IOException {
    String longString = "s".repeat(Parsers.MAX_STRING + 1);
    assertThat(validate(file("string.json", "{\"models\": [{\"id\": \"" + longString + "\"}]}")))
        .isEqualTo(":1:1048599: a string is longer than the limit of 1,048,576 characters");
    assertThat(validate(file("string.yaml", "models:\n  - id: |\n      " + longString + "\n")))
        .isEqualTo(":2:9: a string is longer than the limit of 1,048,576 characters");
    String longKey = "k".repeat(Parsers.MAX_NAME + 1);
    assertThat(validate(file("key.json", "{\"" + longKey + "\": 1}")))
        .isEqualTo(":1:1029: a key is longer than the limit of 1,024 characters");
    assertThat(validate(file("key.yaml", "? " + longKey + "\n: 1\n")))
        .isEqualTo(":1:3: a key is longer than the limit of 1,024 characters");
    String digits = "1".repeat(Parsers.MAX_NUMBER + 1);
    assertThat(validate(file("number.json", "{\"models\": [" + digits + "]}")))
        .isEqualTo(":1:114: a number is longer than the limit of 100 digits");
    String deep = "[".repeat(65) + "]".repeat(65);
    assertThat(
            CliRun.run(
                    "check",
                    "--manifest",
                    file("deep.yaml", "policy: {max_parameters: " + deep + "}\nmodels: []\n"))
                .assertExit(2)
                .err())
        .endsWith("deep.yaml:1:89: mappings and lists nest deeper than the limit of 64 levels\n");
    assertThat(validate(file("line.yaml", "models:\n  - " + "x".repeat(Parsers.MAX_YAML_LINE))))
        .isEqualTo(
            ":2: the line is longer than 2,097,152 bytes; split long text over several lines");
  }

  @Test
  void yamlTagsAnchorsAndAliasesAreRefused() throws IOException {
    assertThat(validate(file("str.yaml", "format: !!str advisor.catalog/v1\n")))
        .isEqualTo(":1:9: YAML tags are not supported ('!!str'): write plain values");
    assertThat(validate(file("local.yaml", "format: !local advisor.catalog/v1\n")))
        .isEqualTo(":1:9: YAML tags are not supported ('!local'): write plain values");
    assertThat(validate(file("anchor.yaml", "format: &f advisor.catalog/v1\n")))
        .isEqualTo(":1:9: YAML anchors and aliases are not supported ('&f'): write the value out");
    assertThat(
            validate(
                file("alias.yaml", "format: advisor.catalog/v1\nmodels:\n  - {id: a, name: *n}\n")))
        .isEqualTo(":3:19: YAML anchors and aliases are not supported ('*n'): write the value out");
  }

  @Test
  void yamlRefusesCharactersItCannotPrint() throws IOException {
    // C0 controls are refused before parsing (TextInput); DEL and C1 controls by SnakeYAML.
    assertThat(validate(file("del.yaml", "models:\n  - {id: a\u007Fb}\n")))
        .endsWith(
            ": invalid YAML: the character U+007F is not allowed; write it escaped in a"
                + " double-quoted string");
    assertThat(validate(file("csi.yaml", "models:\n  - {id: a\u009Bb}\n")))
        .contains("the character U+009B is not allowed");
  }

  @Test
  void valuesEchoedInMessagesAreAbbreviated() throws IOException {
    String huge = "x".repeat(500_000);
    assertThat(validate(file("format.yaml", "format: " + huge + "\n")))
        .isEqualTo(
            ":1:9: 'format' must be 'advisor.catalog/v1', not 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'");
    assertThat(validate(file("license.yaml", "models:\n  - {id: a, license: " + huge + "}\n")))
        .startsWith(":2:22: unknown license 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'");
  }
}
