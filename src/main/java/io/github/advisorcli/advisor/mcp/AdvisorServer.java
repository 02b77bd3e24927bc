package io.github.advisorcli.advisor.mcp;

import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.render.Labels;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;

/**
 * The MCP server: a tool per listed command that exists in the tree, and the catalog's models and
 * licenses as resources ({@code advisor://models/{id}}, {@code advisor://licenses/{id}}), read
 * through {@code show} and {@code licenses}. Every tool call and resource read runs the command
 * tree in-process through the runner it is given.
 */
public final class AdvisorServer {
  /** The commands offered as tools, in this order; one missing from the tree is left out. */
  public static final List<String> TOOLS =
      List.of("recommend", "show", "compare", "licenses", "fit", "check");

  /** Options a tool leaves out: recommend's wizard reads stdin, which carries the protocol. */
  private static final Map<String, List<String>> HIDDEN =
      Map.of("recommend", List.of("--interactive"), "check", List.of("--init", "--force"));

  /** Options a tool requires: recommend needs --task once its wizard is left out. */
  private static final Map<String, List<String>> REQUIRED = Map.of("recommend", List.of("--task"));

  /** check's manifest is given inline, as the text of an advisor.yaml. */
  private static final Map<String, CommandTool.Inline> INLINE =
      Map.of(
          "check",
          new CommandTool.Inline("--manifest", "manifest", "advisor.yaml", "mcp.check.manifest"));

  private static final String MODELS = "advisor://models/";
  private static final String LICENSES = "advisor://licenses/";
  private static final String JSON = "application/json";

  private final CommandLine tree;
  private final CommandRun.Runner runner;
  private final Catalog catalog;
  private final Labels labels;
  private final String version;

  /**
   * @param tree the command tree the tools are derived from
   * @param runner runs a command line of that tree
   * @param catalog the catalog, loaded once, whose models and licenses are listed as resources
   * @param labels the message bundle
   * @param version advisor's version
   */
  public AdvisorServer(
      CommandLine tree, CommandRun.Runner runner, Catalog catalog, Labels labels, String version) {
    this.tree = tree;
    this.runner = runner;
    this.catalog = catalog;
    this.labels = labels;
    this.version = version;
  }

  /** The tools: one per command of {@link #TOOLS} that the tree has. */
  List<CommandTool> tools() {
    List<CommandTool> tools = new ArrayList<>();
    for (String name : TOOLS) {
      CommandLine command = tree.getSubcommands().get(name);
      if (command != null) {
        tools.add(
            new CommandTool(
                command.getCommandSpec(),
                HIDDEN.getOrDefault(name, List.of()),
                REQUIRED.getOrDefault(name, List.of()),
                INLINE.get(name),
                labels));
      }
    }
    return tools;
  }

  /** Serves one client over the given streams until its input ends. */
  public void serve(InputStream in, OutputStream out) throws InterruptedException {
    CountDownLatch ended = new CountDownLatch(1);
    McpSyncServer server =
        McpServer.sync(
                new StdioServerTransportProvider(
                    McpJsonDefaults.getMapper(), new Watched(in, ended), out))
            .serverInfo("advisor", version)
            .instructions(labels.get("mcp.instructions"))
            .capabilities(
                McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).build())
            // Arguments are checked by the command line parser, so that a bad one gets the same
            // message as on the command line.
            .validateToolInputs(false)
            .tools(toolSpecifications())
            .resources(resourceSpecifications())
            .resourceTemplates(
                template(MODELS, "model", "mcp.resource.model"),
                template(LICENSES, "license", "mcp.resource.license"))
            .build();
    ended.await();
    server.closeGracefully();
  }

  List<SyncToolSpecification> toolSpecifications() {
    List<SyncToolSpecification> specs = new ArrayList<>();
    for (CommandTool tool : tools()) {
      specs.add(
          new SyncToolSpecification(
              tool.tool(),
              (exchange, request) -> {
                try {
                  return tool.call(runner, request.arguments());
                } catch (RuntimeException e) {
                  return CommandTool.error("advisor: internal error: " + e);
                }
              }));
    }
    return specs;
  }

  private List<SyncResourceSpecification> resourceSpecifications() {
    List<SyncResourceSpecification> specs = new ArrayList<>();
    for (var model : catalog.models()) {
      specs.add(
          resource(MODELS, model.id(), model.name() == null ? model.id() : model.name(), "show"));
    }
    for (var license : catalog.licenses().all()) {
      specs.add(
          resource(
              LICENSES,
              license.id(),
              license.name() == null ? license.id() : license.name(),
              "licenses"));
    }
    return specs;
  }

  private SyncResourceSpecification resource(
      String prefix, String id, String title, String command) {
    String uri = prefix + URLEncoder.encode(id, StandardCharsets.UTF_8);
    return new SyncResourceSpecification(
        Resource.builder().uri(uri).name(id).title(title).mimeType(JSON).build(),
        (exchange, request) -> read(request.uri(), prefix, command));
  }

  private SyncResourceTemplateSpecification template(String prefix, String what, String key) {
    String command = prefix.equals(MODELS) ? "show" : "licenses";
    return new SyncResourceTemplateSpecification(
        ResourceTemplate.builder()
            .uriTemplate(prefix + "{id}")
            .name(what)
            .description(labels.get(key))
            .mimeType(JSON)
            .build(),
        (exchange, request) -> read(request.uri(), prefix, command));
  }

  /** A resource's content: the command's JSON contract for the id; an unknown id is not found. */
  ReadResourceResult read(String uri, String prefix, String command) {
    String id = URLDecoder.decode(uri.substring(prefix.length()), StandardCharsets.UTF_8);
    CommandRun run = runner.run(List.of(command, "--format=json", "--", id));
    if (run.exitCode() != 0) {
      throw McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND)
          .message(run.message())
          .data(Map.of("uri", uri))
          .build();
    }
    return new ReadResourceResult(List.of(new TextResourceContents(uri, JSON, run.out().strip())));
  }

  /** The tools as the server lists them. */
  public List<McpSchema.Tool> listTools() {
    return tools().stream().map(CommandTool::tool).toList();
  }

  /** Calls a tool as a client's call would, without the protocol. */
  public CallToolResult call(String tool, Map<String, Object> arguments) {
    return tools().stream()
        .filter(t -> t.name().equals(tool))
        .findFirst()
        .orElseThrow()
        .call(runner, arguments);
  }

  /** Standard input that says when it has ended, so that the server can stop. */
  private static final class Watched extends FilterInputStream {
    private final CountDownLatch ended;

    Watched(InputStream in, CountDownLatch ended) {
      super(in);
      this.ended = ended;
    }

    @Override
    public int read() throws IOException {
      try {
        return ended(super.read());
      } catch (IOException e) {
        ended.countDown();
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return ended(super.read(b, off, len));
      } catch (IOException e) {
        ended.countDown();
        throw e;
      }
    }

    private int ended(int n) {
      if (n < 0) {
        ended.countDown();
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      ended.countDown();
      super.close();
    }
  }
}
