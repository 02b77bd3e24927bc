package io.github.advisorcli.advisor.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.Suggest;
import io.github.advisorcli.advisor.render.Labels;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A tool derived from one command of the tree. Its input schema has a property per option (named
 * after the option's long name) and per positional parameter (named after its label), typed from
 * the option's Java type, with enum values, the description from the message bundle, the default
 * and whether it is required. A call becomes the command line {@code COMMAND --format=json
 * --name=value... -- POSITIONAL...}, run through the same parser, so a bad value gets the command
 * line's own message.
 *
 * <p>Left out: help and version options, global (inherited) options, {@code --format} (always
 * json), options that name a file (the server runs on the client's behalf; file contents are given
 * inline instead, see {@link Inline}), and the options a tool hides explicitly.
 */
final class CommandTool {
  private static final String FORMAT = "--format";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A file option whose content the client gives inline, as text: written to a private temporary
   * file named {@code fileName} for the run; messages name {@code fileName}, not the temporary
   * path.
   *
   * @param option the command's option that takes the file
   * @param property the tool's property holding the text
   * @param fileName the name messages give the text
   * @param descriptionKey the property's description in the message bundle
   */
  record Inline(String option, String property, String fileName, String descriptionKey) {}

  private final String name;
  private final String description;
  private final Labels labels;
  private final Map<String, ArgSpec> properties = new LinkedHashMap<>();
  private final Set<String> required = new LinkedHashSet<>();
  private final Inline inline;
  private final boolean json;

  /**
   * @param spec the command
   * @param hidden option names the tool leaves out
   * @param alsoRequired option names the tool requires although the command line does not (for
   *     example because the command line has an interactive alternative the tool leaves out)
   * @param inline a file option given inline, or null
   * @param labels the message bundle
   */
  CommandTool(
      CommandSpec spec,
      Collection<String> hidden,
      Collection<String> alsoRequired,
      Inline inline,
      Labels labels) {
    this.name = spec.name();
    this.description = String.join(" ", spec.usageMessage().description()).strip();
    this.inline = inline;
    this.labels = labels;
    boolean format = false;
    for (OptionSpec o : spec.options()) {
      List<String> names = Arrays.asList(o.names());
      if (names.contains(FORMAT)) {
        format = true;
      }
      if (o.usageHelp()
          || o.versionHelp()
          || o.inherited()
          || o.hidden()
          || names.contains(FORMAT)
          || names.stream().anyMatch(hidden::contains)
          || (inline != null && names.contains(inline.option()))
          || namesAFile(o.type())) {
        continue;
      }
      String property = o.longestName().replaceFirst("^-+", "");
      properties.put(property, o);
      if (o.required() || names.stream().anyMatch(alsoRequired::contains)) {
        required.add(property);
      }
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (p.hidden() || namesAFile(p.type())) {
        continue;
      }
      String property = positionalName(p);
      properties.put(property, p);
      if (p.arity().min() > 0 && p.defaultValue() == null) {
        required.add(property);
      }
    }
    this.json = format;
  }

  private static boolean namesAFile(Class<?> type) {
    return Path.class.isAssignableFrom(type) || File.class.isAssignableFrom(type);
  }

  /** {@code MODEL} becomes {@code model}; a list of them {@code models}. */
  private static String positionalName(PositionalParamSpec p) {
    String label =
        p.paramLabel()
            .replaceAll("[^A-Za-z0-9]+", "_")
            .replaceAll("^_|_$", "")
            .toLowerCase(Locale.ROOT);
    if (label.isEmpty()) {
      label = "arg" + p.index().min();
    }
    return p.isMultiValue() && !label.endsWith("s") ? label + "s" : label;
  }

  String name() {
    return name;
  }

  /** The tool as the protocol lists it: read-only, idempotent, closed-world. */
  Tool tool() {
    return Tool.builder()
        .name(name)
        .description(description)
        .inputSchema(inputSchema())
        .annotations(new ToolAnnotations(null, true, false, true, false, null))
        .build();
  }

  /** The JSON Schema of the tool's arguments. */
  Map<String, Object> inputSchema() {
    Map<String, Object> props = new LinkedHashMap<>();
    List<String> req = new ArrayList<>(required);
    if (inline != null) {
      props.put(
          inline.property(),
          new LinkedHashMap<>(
              Map.of("type", "string", "description", labels.get(inline.descriptionKey()))));
      req.add(0, inline.property());
    }
    properties.forEach((property, arg) -> props.put(property, schemaOf(arg)));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", props);
    if (!req.isEmpty()) {
      schema.put("required", req);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static Map<String, Object> schemaOf(ArgSpec arg) {
    Map<String, Object> schema = new LinkedHashMap<>();
    Class<?> type = arg.type();
    Class<?>[] aux = arg.auxiliaryTypes();
    if (Map.class.isAssignableFrom(type)) {
      schema.put("type", "object");
      schema.put("additionalProperties", scalar(aux.length > 1 ? aux[1] : String.class));
    } else if (arg.isMultiValue()) {
      schema.put("type", "array");
      schema.put(
          "items",
          scalar(
              type.isArray() ? type.getComponentType() : aux.length > 0 ? aux[0] : String.class));
    } else {
      schema.putAll(scalar(type));
    }
    String text = String.join(" ", arg.description()).strip();
    if (!text.isEmpty()) {
      schema.put("description", text);
    }
    Object defaultValue = typed(arg.defaultValue(), schema.get("type"));
    if (defaultValue != null && !arg.isMultiValue() && !"boolean".equals(schema.get("type"))) {
      schema.put("default", defaultValue);
    }
    return schema;
  }

  private static Map<String, Object> scalar(Class<?> type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    if (type == boolean.class || type == Boolean.class) {
      schema.put("type", "boolean");
    } else if (type == int.class
        || type == Integer.class
        || type == long.class
        || type == Long.class
        || type == short.class
        || type == Short.class) {
      schema.put("type", "integer");
    } else if (type == double.class
        || type == Double.class
        || type == float.class
        || type == Float.class) {
      schema.put("type", "number");
    } else if (type.isEnum()) {
      schema.put("type", "string");
      schema.put("enum", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
    } else {
      schema.put("type", "string");
    }
    return schema;
  }

  private static Object typed(String value, Object type) {
    if (value == null) {
      return null;
    }
    try {
      return switch (String.valueOf(type)) {
        case "integer" -> Long.parseLong(value);
        case "number" -> Double.parseDouble(value);
        default -> value;
      };
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /** Runs the command for a call and turns its outcome into the tool's result. */
  CallToolResult call(CommandRun.Runner runner, Map<String, Object> arguments) {
    Map<String, Object> args = new LinkedHashMap<>(arguments == null ? Map.of() : arguments);
    Path dir = null;
    try {
      List<String> extra = new ArrayList<>();
      String path = null;
      if (inline != null) {
        Object text = args.remove(inline.property());
        if (text == null) {
          return error(labels.get("mcp.missing-argument", inline.property(), name));
        }
        dir = Files.createTempDirectory("advisor-mcp");
        Path file = dir.resolve(inline.fileName());
        Files.writeString(file, String.valueOf(text), StandardCharsets.UTF_8);
        path = file.toString();
        extra.add(inline.option() + "=" + path);
      }
      List<String> argv;
      try {
        argv = argv(args, extra);
      } catch (IllegalArgumentException e) {
        return error(e.getMessage());
      }
      CommandRun run = runner.run(argv);
      if (path != null) {
        run =
            new CommandRun(
                run.exitCode(),
                unpath(run.out(), path, inline.fileName()),
                unpath(run.err(), path, inline.fileName()));
      }
      return result(run);
    } catch (IOException e) {
      return error("advisor: " + e.getMessage());
    } finally {
      if (dir != null) {
        delete(dir);
      }
    }
  }

  /** The command line for a call, without the program name. */
  List<String> argv(Map<String, Object> args, List<String> extra) {
    List<String> options = new ArrayList<>();
    options.add(name);
    if (json) {
      options.add(FORMAT + "=json");
    }
    options.addAll(extra);
    TreeMap<Integer, List<String>> positionals = new TreeMap<>();
    for (Map.Entry<String, Object> e : args.entrySet()) {
      ArgSpec arg = properties.get(e.getKey());
      if (arg == null) {
        List<String> known = new ArrayList<>(properties.keySet());
        if (inline != null) {
          known.add(inline.property());
        }
        List<String> near = Suggest.nearest(e.getKey(), known);
        throw new IllegalArgumentException(
            labels.get("mcp.unknown-argument", e.getKey(), name)
                + (near.isEmpty()
                    ? ""
                    : labels.get("error.did_you_mean", String.join(", ", near))));
      }
      Object value = e.getValue();
      if (value == null) {
        continue;
      }
      if (arg instanceof OptionSpec o) {
        String option = o.longestName();
        if (o.arity().max() == 0 && isBoolean(value)) {
          if (Boolean.parseBoolean(String.valueOf(value))) {
            options.add(option);
          }
        } else if (value instanceof Map<?, ?> map) {
          map.forEach((k, v) -> options.add(option + "=" + k + "=" + text(v)));
        } else if (value instanceof List<?> list) {
          list.forEach(v -> options.add(option + "=" + text(v)));
        } else {
          options.add(option + "=" + text(value));
        }
      } else {
        PositionalParamSpec p = (PositionalParamSpec) arg;
        List<String> values = positionals.computeIfAbsent(p.index().min(), i -> new ArrayList<>());
        if (value instanceof List<?> list) {
          list.forEach(v -> values.add(text(v)));
        } else {
          values.add(text(value));
        }
      }
    }
    if (!positionals.isEmpty()) {
      options.add("--");
      positionals.values().forEach(options::addAll);
    }
    return options;
  }

  private static boolean isBoolean(Object value) {
    return value instanceof Boolean
        || "true".equalsIgnoreCase(String.valueOf(value))
        || "false".equalsIgnoreCase(String.valueOf(value));
  }

  private static String text(Object value) {
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      try {
        return JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        return String.valueOf(value);
      }
    }
    return String.valueOf(value);
  }

  /**
   * Exit 0, and exit 1 with a report (check's violations), are results: the command's JSON
   * contract, as text and as structured content. Anything else is a tool error whose text is the
   * command line's one-line message.
   */
  private CallToolResult result(CommandRun run) {
    boolean report = run.exitCode() == 1 && !run.out().isBlank();
    if (run.exitCode() != 0 && !report) {
      return error(run.message());
    }
    CallToolResult.Builder result = CallToolResult.builder().addTextContent(run.out().strip());
    if (json) {
      try {
        Object structured = JSON.readValue(run.out(), Object.class);
        if (structured instanceof Map<?, ?>) {
          result.structuredContent(structured);
        }
      } catch (JsonProcessingException e) {
        // no structured content then; the text is still there
      }
    }
    return result.isError(false).build();
  }

  static CallToolResult error(String message) {
    return CallToolResult.builder().addTextContent(message).isError(true).build();
  }

  /** The temporary path replaced by the name the client knows, also where JSON escaped it. */
  private static String unpath(String text, String path, String name) {
    String escaped = JSON.valueToTree(path).toString();
    return text.replace(escaped.substring(1, escaped.length() - 1), name).replace(path, name);
  }

  private static void delete(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a leftover file in the temporary folder; nothing the client can act on
    }
  }
}
