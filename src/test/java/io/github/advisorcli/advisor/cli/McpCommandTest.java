package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.catalog.Fit;
import io.github.advisorcli.advisor.mcp.AdvisorServer;
import io.github.advisorcli.advisor.testing.CliRun;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The MCP server's tools, run in-process over the same tree and session as the server runs them.
 */
class McpCommandTest {
  private static Session session() {
    return new Session(
        new Environment(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Map.of(
                "XDG_CONFIG_HOME",
                CliRun.basedir().resolve("target/no-config").toString(),
                "LANG",
                "C"),
            CliRun.basedir(),
            false));
  }

  /** A server as {@code advisor GLOBALS... mcp} builds it. */
  private static AdvisorServer server(Session session, String... globals) {
    String[] args = new String[globals.length + 1];
    System.arraycopy(globals, 0, args, 0, globals.length);
    args[globals.length] = "mcp";
    return McpCommand.server(session, Cli.create(session).parseArgs(args));
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }

  @Test
  void globalOptionsGoWithEveryCallAndColourIsOff() {
    List<String> globals =
        McpCommand.globals(
            Cli.create(session())
                .parseArgs("--catalog", "a.yaml", "--lang", "zh", "--color", "always", "mcp"));
    assertThat(globals).containsExactly("--catalog=a.yaml", "--lang=zh", "--color=never");
    assertThat(McpCommand.globals(Cli.create(session()).parseArgs("mcp", "--debug")))
        .containsExactly("--debug", "--color=never");
  }

  @Test
  void theCatalogIsLoadedOncePerServer(@TempDir Path dir) throws Exception {
    Path catalog = dir.resolve("mini.yaml");
    Files.copy(CliRun.basedir().resolve("src/test/resources/catalog/mini.yaml"), catalog);
    Session session = session();
    AdvisorServer server = server(session, "--no-default-catalog", "--catalog", catalog.toString());
    List<String> ids = session.services().catalog().models().stream().map(m -> m.id()).toList();
    assertThat(ids).isNotEmpty();
    CallToolResult first = server.call("show", Map.of("model", ids.get(0)));
    assertThat(first.isError()).as(text(first)).isFalse();
    // Gone from the disk, still in the server.
    Files.delete(catalog);
    CallToolResult second = server.call("show", Map.of("model", ids.get(0)));
    assertThat(second.isError()).as(text(second)).isFalse();
    assertThat(text(second)).isEqualTo(text(first));
  }

  @Test
  void messagesFollowTheInterfaceLanguage() {
    Session session = session();
    AdvisorServer server = server(session, "--lang", "zh");
    Tool recommend =
        server.listTools().stream().filter(t -> t.name().equals("recommend")).findFirst().get();
    assertThat(recommend.description()).contains("任务");
    assertThat(recommend.inputSchema().get("properties").toString()).contains("任务");
    CallToolResult result = server.call("show", Map.of("model", "t6"));
    assertThat(result.isError()).isTrue();
    String cli =
        CliRun.run("--lang", "zh", "show", "t6").assertExit(2).err().lines().findFirst().get();
    assertThat(text(result)).isEqualTo(cli).doesNotContain("unknown model");
  }

  @Test
  void valuesAreNeverTakenForOptions() {
    Session session = session();
    AdvisorServer server = server(session);
    CallToolResult result = server.call("show", Map.of("model", "--help"));
    assertThat(result.isError()).isTrue();
    assertThat(text(result)).startsWith("advisor: unknown model '--help'");
  }

  /** A command such as a future {@code advisor fit}: a tool as soon as the tree has it. */
  @Command(name = "fit", description = "Whether a model fits the hardware.")
  static final class Fit implements Callable<Integer> {
    enum Precision {
      FP16,
      INT4
    }

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "MODEL", description = "The model.")
    String model;

    @Option(names = "--gpu-memory", paramLabel = "SIZE", description = "Memory on the GPU.")
    String memory;

    @Option(names = "--batch", defaultValue = "1", description = "Batch size.")
    int batch;

    @Option(names = "--precision", defaultValue = "FP16", description = "Precision.")
    Precision precision;

    @Option(names = "--format", defaultValue = "table")
    String format;

    @Override
    public Integer call() {
      spec.commandLine()
          .getOut()
          .printf(
              "{\"schema\":\"fit/v1\",\"model\":\"%s\",\"batch\":%d,\"format\":\"%s\"}%n",
              model, batch, format);
      return 0;
    }
  }

  @Test
  void aCommandOfTheListIsAToolOnceTheTreeHasIt() {
    Session session = session();
    CommandLine tree = Cli.create(session);
    if (!tree.getSubcommands().containsKey("fit")) {
      tree.addSubcommand("fit", new CommandLine(new Fit()));
    }
    AdvisorServer server =
        new AdvisorServer(
            tree,
            McpCommand.runner(tree, List.of("--color=never")),
            session.services().catalog(),
            session.options().labels(),
            "test");
    Tool fit =
        server.listTools().stream().filter(t -> t.name().equals("fit")).findFirst().orElseThrow();
    assertThat(server.listTools())
        .extracting(Tool::name)
        .containsSubsequence("compare", "fit", "check");
    if (!(tree.getSubcommands().get("fit").getCommand() instanceof Fit)) {
      return; // the real command: its own tests cover it
    }
    // The description comes from the message bundle, as for every command.
    assertThat(fit.description()).isNotBlank();
    assertThat(fit.inputSchema().get("required")).isEqualTo(List.of("model"));
    assertThat(fit.inputSchema().get("properties").toString())
        .contains("gpu-memory={type=string, description=Memory on the GPU.}")
        .contains("batch={type=integer, description=Batch size., default=1}")
        .contains(
            "precision={type=string, enum=[FP16, INT4], description=Precision., default=FP16}")
        .doesNotContain("format");
    CallToolResult result = server.call("fit", Map.of("model", "t5-small", "batch", 4));
    assertThat(result.isError()).isFalse();
    assertThat(result.structuredContent())
        .isEqualTo(Map.of("schema", "fit/v1", "model", "t5-small", "batch", 4, "format", "json"));
  }
}
