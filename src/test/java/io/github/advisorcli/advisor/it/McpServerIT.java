package io.github.advisorcli.advisor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.check.StarterManifest;
import io.github.advisorcli.advisor.testing.Backstop;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.JarRun;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.InitializeResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code advisor mcp} as an MCP client meets it: the packaged jar started as a subprocess, driven
 * through the SDK's own client over stdio (handshake, tool list, every tool, bad calls, resources).
 */
class McpServerIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Queue<String> STDERR = new ConcurrentLinkedQueue<>();
  private static McpSyncClient client;
  private static InitializeResult initialized;

  @BeforeAll
  static void start() {
    Path jar =
        Path.of(
            System.getProperty(
                "advisor.jar", CliRun.basedir().resolve("target/advisor.jar").toString()));
    ServerParameters server =
        ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java").toString())
            .args("-Xmx768m", "-jar", jar.toString(), "mcp")
            .addEnvVar("NO_COLOR", "1")
            .addEnvVar("ADVISOR_CATALOG", "")
            .addEnvVar("LANG", "C")
            .addEnvVar("XDG_CONFIG_HOME", CliRun.basedir().resolve("target/no-config").toString())
            .build();
    StdioClientTransport transport = new StdioClientTransport(server, McpJsonDefaults.getMapper());
    transport.setStdErrorHandler(STDERR::add);
    // The project's backstop against a hang, scaled from a measured run; not a speed requirement.
    client =
        McpClient.sync(transport)
            .requestTimeout(Backstop.jar())
            .initializationTimeout(Backstop.jar())
            .build();
    initialized = client.initialize();
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.closeGracefully();
    }
  }

  private static CallToolResult call(String tool, Map<String, Object> arguments) {
    return client.callTool(new CallToolRequest(tool, arguments));
  }

  private static String text(CallToolResult result) {
    assertThat(result.content()).hasSize(1);
    return ((TextContent) result.content().get(0)).text();
  }

  /** A successful call's JSON contract, checked to be the same as its structured content. */
  private static JsonNode contract(CallToolResult result) throws Exception {
    assertThat(result.isError()).as(text(result)).isFalse();
    JsonNode json = JSON.readTree(text(result));
    JsonNode structured = JSON.valueToTree(result.structuredContent());
    assertThat(structured).isEqualTo(json);
    return json;
  }

  @Test
  void handshakeNamesTheServerAndItsCapabilities() {
    assertThat(initialized.serverInfo().name()).isEqualTo("advisor");
    assertThat(initialized.serverInfo().version()).isNotBlank();
    assertThat(initialized.capabilities().tools()).isNotNull();
    assertThat(initialized.capabilities().resources()).isNotNull();
    assertThat(initialized.instructions()).contains("recommend").contains("check");
  }

  @Test
  void toolsAreTheCommandsWithSchemasFromTheirOptions() {
    List<Tool> tools = client.listTools().tools();
    assertThat(tools)
        .extracting(Tool::name)
        .containsExactlyInAnyOrder("recommend", "show", "compare", "licenses", "fit", "check");
    Tool recommend = tools.stream().filter(t -> t.name().equals("recommend")).findFirst().get();
    assertThat(recommend.description()).startsWith("Rank the catalog's models for a task");
    Map<String, Object> schema = recommend.inputSchema();
    assertThat(schema.get("required")).isEqualTo(List.of("task"));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> properties =
        (Map<String, Map<String, Object>>) schema.get("properties");
    assertThat(properties).containsKeys("task", "top", "use", "weights", "explain");
    assertThat(properties).doesNotContainKeys("format", "interactive", "help", "catalog");
    assertThat(properties.get("top")).containsEntry("type", "integer").containsEntry("default", 10);
    assertThat(properties.get("use"))
        .containsEntry("enum", List.of("commercial", "research", "internal"));
    assertThat(properties.get("explain")).containsEntry("type", "boolean");
    assertThat(properties.get("weights")).containsEntry("type", "array");
    Tool check = tools.stream().filter(t -> t.name().equals("check")).findFirst().get();
    assertThat(check.inputSchema().get("required")).isEqualTo(List.of("manifest"));
    @SuppressWarnings("unchecked")
    Map<String, Object> checkProperties =
        (Map<String, Object>) check.inputSchema().get("properties");
    assertThat(checkProperties)
        .containsKeys("manifest", "strict", "warn-only")
        .doesNotContainKeys("init", "force", "format");
    assertThat(recommend.annotations().readOnlyHint()).isTrue();
  }

  @Test
  void recommendReturnsTheSameContractAsTheCommandLine() throws Exception {
    JsonNode json = contract(call("recommend", Map.of("task", "ner", "top", 3)));
    assertThat(json.get("schema").asText()).isEqualTo("advisor.recommendation/v1");
    assertThat(json.get("results")).hasSize(3);
    JarRun cli = JarRun.run("recommend", "--task", "ner", "--top", "3", "--format", "json");
    assertThat(json).isEqualTo(JSON.readTree(cli.assertExit(0).out()));
  }

  @Test
  void recommendTakesListAndMapArguments() throws Exception {
    JsonNode json =
        contract(
            call(
                "recommend",
                Map.of(
                    "task",
                    "classification",
                    "top",
                    2,
                    "weights",
                    Map.of("license", 3, "task_fit", 2),
                    "license",
                    List.of("MIT", "Apache-2.0"),
                    "explain",
                    true)));
    assertThat(json.get("weights").get("license").asDouble()).isEqualTo(3.0);
    List<String> licenses = new ArrayList<>();
    json.get("results").forEach(r -> licenses.add(r.get("license").asText()));
    assertThat(licenses).isNotEmpty().isSubsetOf("MIT", "Apache-2.0");
  }

  @Test
  void fitReturnsItsContract() throws Exception {
    JsonNode fit =
        contract(call("fit", Map.of("model", "qwen3-8b", "vram", "16GiB", "context", 8192)));
    assertThat(fit.get("schema").asText()).isEqualTo("advisor.fit/v1");
    assertThat(fit.get("model").asText()).isEqualTo("qwen3-8b");
    assertThat(fit.get("memory").get("kv_cache_bytes").asLong()).isPositive();
  }

  @Test
  void showComparesAndLicenses() throws Exception {
    JsonNode card = contract(call("show", Map.of("model", "t5-small")));
    assertThat(card.get("schema").asText()).isEqualTo("advisor.model/v1");
    assertThat(card.get("model").get("id").asText()).isEqualTo("t5-small");

    JsonNode compare =
        contract(
            call(
                "compare",
                Map.of("models", List.of("bert-base-uncased", "roberta-base"), "task", "ner")));
    assertThat(compare.get("schema").asText()).isEqualTo("advisor.compare/v1");
    assertThat(compare.get("models").toString())
        .isEqualTo("[\"bert-base-uncased\",\"roberta-base\"]");

    JsonNode licenses = contract(call("licenses", Map.of("license", "MIT")));
    assertThat(licenses.get("schema").asText()).isEqualTo("advisor.licenses/v1");
    assertThat(licenses.get("licenses")).hasSize(1);
    assertThat(licenses.get("licenses").get(0).get("id").asText()).isEqualTo("MIT");
  }

  @Test
  void checkTakesTheManifestInline() throws Exception {
    JsonNode starter = contract(call("check", Map.of("manifest", StarterManifest.TEXT)));
    assertThat(starter.get("schema").asText()).isEqualTo("advisor.check/v1");
    assertThat(starter.get("manifest").asText()).isEqualTo("advisor.yaml");

    String noncommercial =
        Files.readString(
            CliRun.basedir().resolve("src/test/resources/manifests/noncommercial.yaml"));
    // Violations are the report, not a failed call.
    JsonNode failed = contract(call("check", Map.of("manifest", noncommercial)));
    assertThat(failed.get("passed").asBoolean()).isFalse();
    JsonNode violation = failed.get("violations").get(0);
    assertThat(violation.get("rule").asText()).isEqualTo("license");
    assertThat(violation.get("file").asText()).isEqualTo("advisor.yaml");
    assertThat(violation.get("line").asInt()).isEqualTo(6);
  }

  @Test
  void badCallsAreToolErrorsWithTheCommandLinesMessage() {
    CallToolResult unknown = call("show", Map.of("model", "t6"));
    assertThat(unknown.isError()).isTrue();
    String cli = CliRun.run("show", "t6").assertExit(2).err().lines().findFirst().orElseThrow();
    assertThat(text(unknown))
        .isEqualTo(cli)
        .isEqualTo("advisor: unknown model 't6' — did you mean: t5?");

    CallToolResult notAnInt = call("recommend", Map.of("task", "ner", "top", "many"));
    assertThat(notAnInt.isError()).isTrue();
    assertThat(text(notAnInt))
        .isEqualTo("advisor: Invalid value for option '--top': 'many' is not an int");

    CallToolResult misspelt = call("recommend", Map.of("tsk", "ner"));
    assertThat(misspelt.isError()).isTrue();
    assertThat(text(misspelt))
        .isEqualTo("advisor: unknown argument 'tsk' for recommend — did you mean: task?");

    CallToolResult badManifest =
        call(
            "check",
            Map.of(
                "manifest",
                "policy:\n  use: commercial\nmodels:\n  - id: bert-base-uncase\n    task: ner\n"));
    assertThat(badManifest.isError()).isTrue();
    assertThat(text(badManifest)).startsWith("advisor: advisor.yaml:4:5: unknown model");

    // The server is still there.
    assertThat(client.ping()).isNotNull();
    assertThat(call("show", Map.of("model", "t5-small")).isError()).isFalse();
  }

  @Test
  void theCatalogIsReadableAsResources() throws Exception {
    List<Resource> resources = client.listResources().resources();
    assertThat(resources)
        .extracting(Resource::uri)
        .contains("advisor://models/t5-small", "advisor://licenses/MIT");
    assertThat(client.listResourceTemplates().resourceTemplates())
        .extracting(ResourceTemplate::uriTemplate)
        .containsExactly("advisor://models/{id}", "advisor://licenses/{id}");

    var card = client.readResource(new ReadResourceRequest("advisor://models/t5-small"));
    TextResourceContents contents = (TextResourceContents) card.contents().get(0);
    assertThat(contents.mimeType()).isEqualTo("application/json");
    assertThat(JSON.readTree(contents.text()).get("model").get("id").asText())
        .isEqualTo("t5-small");

    var family = client.readResource(new ReadResourceRequest("advisor://models/t5"));
    assertThat(
            JSON.readTree(((TextResourceContents) family.contents().get(0)).text())
                .get("schema")
                .asText())
        .isEqualTo("advisor.family/v1");

    assertThatThrownBy(() -> client.readResource(new ReadResourceRequest("advisor://models/t6")))
        .isInstanceOf(McpError.class)
        .hasMessageContaining("unknown model 't6'");
  }

  @Test
  void theServerStopsWhenItsInputEndsAndNeverStartsOnABadCatalog() {
    JarRun ended = JarRun.run("mcp").assertExit(0);
    assertThat(ended.out()).isEmpty();
    assertThat(ended.err()).isEmpty();
    JarRun bad = JarRun.run("--catalog", "no-such-catalog.yaml", "mcp").assertExit(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err()).startsWith("advisor: no-such-catalog.yaml").hasLineCount(1);
  }

  @Test
  void nothingButTheProtocolIsPrinted() {
    call("show", Map.of("model", "nope"));
    assertThat(client.ping()).isNotNull();
    // The SDK logs warnings only, to stderr; a normal session writes nothing there.
    assertThat(STDERR).isEmpty();
  }
}
