package io.github.advisorcli.advisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.advisorcli.advisor.testing.CliRun;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SARIF's artifactLocation.uri is a URI reference (RFC 3986) that names the file. */
class SarifUriTest {
  /** RFC 3986 relative-ref with a path-noscheme or path-absolute, and no query or fragment. */
  private static final Pattern RELATIVE_REF =
      Pattern.compile(
          "(/|[A-Za-z0-9\\-._~!$&'()*+,;=@]|%[0-9A-F]{2})"
              + "([A-Za-z0-9\\-._~!$&'()*+,;=@:/]|%[0-9A-F]{2})*");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "advisor.yaml",
        "a,b:c/m 100%.yaml",
        "c:/x.yaml",
        "dir\\\\sub\\\\advisor.yaml",
        "模型/清单.yaml",
        "/abs/path with space/#x?.yaml",
        "50%/[x]/advisor.yaml"
      })
  void isAValidRelativeReferenceThatDecodesToThePath(String path) throws Exception {
    String uri = SarifReport.uri(path);
    assertThat(uri).matches(RELATIVE_REF);
    URI parsed = new URI(uri);
    assertThat(parsed.getScheme()).isNull();
    assertThat(parsed.getRawQuery()).isNull();
    assertThat(parsed.getRawFragment()).isNull();
    assertThat(parsed.getPath()).isEqualTo(path.replace('\\', '/'));
  }

  @Test
  void theIssueCaseIsEncoded() {
    assertThat(SarifReport.uri("a,b:c/m 100%.yaml")).isEqualTo("a,b%3Ac/m%20100%25.yaml");
  }

  @Test
  void aReportForAnAwkwardPathValidatesAgainstTheOfficialSchema() throws Exception {
    Path base = CliRun.basedir();
    Path dir = base.resolve("a,b:c");
    Path manifest = dir.resolve("m 100%.yaml");
    Files.createDirectories(dir);
    try {
      Files.copy(base.resolve("src/test/resources/manifests/noncommercial.yaml"), manifest);
      String sarif =
          CliRun.run("check", "--manifest", "a,b:c/m 100%.yaml", "--format", "sarif")
              .assertExit(1)
              .out();
      Schema schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
              .getSchema(
                  Files.readString(
                      base.resolve("src/test/resources/schemas/sarif-schema-2.1.0.json"),
                      StandardCharsets.UTF_8));
      JsonNode root = new ObjectMapper().readTree(sarif);
      assertThat(schema.validate(root)).isEmpty();
      for (JsonNode uri : root.findValues("uri")) {
        assertThat(uri.asText()).matches(RELATIVE_REF);
        assertThat(new URI(uri.asText()).getPath()).isEqualTo("a,b:c/m 100%.yaml");
      }
    } finally {
      Files.deleteIfExists(manifest);
      Files.deleteIfExists(dir);
    }
  }
}
