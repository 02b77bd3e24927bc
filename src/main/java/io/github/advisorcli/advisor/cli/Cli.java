package io.github.advisorcli.advisor.cli;

import java.lang.reflect.Constructor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Builds the command tree: the one place with programmatic wiring. */
public final class Cli {
  private Cli() {}

  /** The subcommands of {@code advisor}, in the order help lists them. */
  static final Map<String, Class<?>> COMMANDS = commands();

  /** Subcommands that read the whole tree (help on any command, completion scripts). */
  private static final Set<String> WHOLE_TREE = Set.of("help", "completion");

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("recommend", RecommendCommand.class);
    commands.put("show", ShowCommand.class);
    commands.put("compare", CompareCommand.class);
    commands.put("list", ListCommand.class);
    commands.put("licenses", LicensesCommand.class);
    commands.put("tasks", TasksCommand.class);
    commands.put("criteria", CriteriaCommand.class);
    commands.put("check", CheckCommand.class);
    commands.put("mcp", McpCommand.class);
    commands.put("fit", FitCommand.class);
    commands.put("completion", CompletionCommand.class);
    commands.put("shell", ShellCommand.class);
    commands.put("wizard", WizardCommand.class);
    commands.put("catalog", CatalogCommand.class);
    commands.put("help", CommandLine.HelpCommand.class);
    return java.util.Collections.unmodifiableMap(commands);
  }

  /**
   * Runs one command line in a fresh session. Only the command the arguments name is built (picocli
   * builds a command's model by reflection, which is most of the start-up time): none for {@code
   * --version}, every one where help or suggestions list them.
   */
  public static int run(Environment environment, String... args) {
    return create(new Session(environment), List.of(args)).execute(args);
  }

  /** A command line over a fresh session. */
  public static CommandLine create(Environment environment) {
    return create(new Session(environment));
  }

  /** A command line over a given session (the interactive shell keeps one for all its commands). */
  public static CommandLine create(Session session) {
    return create(session, null);
  }

  /** A command line with the subcommands {@code args} need, or all of them when args is null. */
  static CommandLine create(Session session, List<String> args) {
    Environment environment = session.environment();
    CommandLine cli = new CommandLine(AdvisorCommand.class, new Factory(session));
    for (Map.Entry<String, Class<?>> command : COMMANDS.entrySet()) {
      if (args == null || needs(cli.getCommandSpec(), args, command.getKey())) {
        cli.addSubcommand(command.getKey(), command.getValue());
      }
    }
    session.attach(cli.getCommand());
    cli.setOut(environment.out());
    cli.setErr(environment.err());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setDefaultValueProvider(new ConfigDefaults(session));
    cli.setExecutionExceptionHandler(new ExecutionErrors(session));
    cli.setParameterExceptionHandler(new UsageErrors(session));
    cli.setResourceBundle(session.labels().bundle());
    cli.setAdjustLineBreaksForWideCJKCharacters(true);
    // The terminal is measured only when help (or a usage error's synopsis) is laid out.
    cli.setHelpFactory(
        (spec, colours) -> {
          spec.root().commandLine().setUsageHelpWidth(Math.max(55, Math.min(session.width(), 160)));
          return new CommandLine.Help(spec, colours);
        });
    cli.setExecutionStrategy(
        parseResult -> {
          // Options such as --lang and --color are known only now; help is printed after this.
          CommandLine root = parseResult.commandSpec().commandLine();
          try {
            session.checkConfig();
          } catch (io.github.advisorcli.advisor.AdvisorException e) {
            return new ExecutionErrors(session).handleExecutionException(e, root, parseResult);
          }
          root.setResourceBundle(session.labels().bundle());
          root.setColorScheme(
              io.github.advisorcli.advisor.render.Styles.helpColors(Terminal.ansi(session)));
          int code = new CommandLine.RunLast().execute(parseResult);
          return CheckedOutput.finish(
              session.environment().out(), session.environment().err(), code);
        });
    cli.setColorScheme(
        io.github.advisorcli.advisor.render.Styles.helpColors(Terminal.ansi(session)));
    return cli;
  }

  /**
   * Whether a run of {@code args} needs the subcommand {@code name}: the first argument that is not
   * a global option (or an option's value) names the one subcommand needed; without one, only
   * {@code --version} needs none, and anything else (usage, an unknown name, help) needs them all.
   */
  static boolean needs(CommandSpec root, List<String> args, String name) {
    boolean version = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.length() > 1 && arg.startsWith("-") && !arg.equals("--")) {
        int equals = arg.indexOf('=');
        OptionSpec option = root.findOption(equals < 0 ? arg : arg.substring(0, equals));
        if (option == null) {
          return true;
        }
        if (option.versionHelp()) {
          version = true;
        } else if (option.usageHelp()) {
          return true;
        } else if (equals < 0 && option.arity().max() > 0) {
          i++;
        }
        continue;
      }
      if (!COMMANDS.containsKey(arg) || WHOLE_TREE.contains(arg)) {
        return true;
      }
      return arg.equals(name);
    }
    return !version;
  }

  /** Creates commands, passing the session to those whose constructor takes one. */
  private record Factory(Session session) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      for (Constructor<?> constructor : cls.getDeclaredConstructors()) {
        Class<?>[] params = constructor.getParameterTypes();
        if (params.length == 1 && params[0] == Session.class) {
          constructor.setAccessible(true);
          return cls.cast(constructor.newInstance(session));
        }
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
