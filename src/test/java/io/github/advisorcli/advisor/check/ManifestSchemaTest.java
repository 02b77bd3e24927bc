package io.github.advisorcli.advisor.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.advisorcli.advisor.testing.CliRun;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * catalog/schema/manifest.schema.json agrees with the loader on the starter and the test manifests.
 */
class ManifestSchemaTest {
  private static Schema schema() throws Exception {
    String text = Files.readString(CliRun.basedir().resolve("catalog/schema/manifest.schema.json"));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
  }

  @ParameterizedTest
  @CsvSource({
    "starter, true",
    "compliant.yaml, true",
    "noncommercial.yaml, true",
    "denied-category.yaml, true",
    "expired-exception.yaml, true",
    "valid-exception.yaml, true",
    "hardware.yaml, true",
    "pinned.yaml, true",
    "bad-revision.yaml, false",
    "unknown-field.yaml, false",
    "bad-category.yaml, false"
  })
  void schemaAcceptsWhatTheLoaderAccepts(String name, boolean valid) throws Exception {
    String yaml =
        name.equals("starter")
            ? StarterManifest.TEXT
            : Files.readString(CliRun.basedir().resolve("src/test/resources/manifests/" + name));
    JsonNode doc = new YAMLMapper().readTree(yaml);
    assertThat(schema().validate(doc).isEmpty()).as(name).isEqualTo(valid);
  }
}
