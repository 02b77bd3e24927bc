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
  /**
   * The types whose built-in converters picocli is told to leave out: it registers one for each
   * java.sql and java.time type, by reflection, in every command line it builds, and advisor's
   * options use none of them but {@code LocalDate}. That is a measurable part of start-up.
   */
  static final String CONVERTERS_EXCLUDED = "java\\.sql\\..*|java\\.time\\.(?!LocalDate$).*";

  static {
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", CONVERTERS_EXCLUDED);
    }
  }

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
    Session session = new Session(environment);
    session.services().prefetch();
    return create(session, List.of(args)).execute(args);
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
    session.options().attach(cli.getCommand());
    cli.setOut(environment.out());
    cli.setErr(environment.err());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    GlobalOptions options = session.options();
    Services services = session.services();
    TerminalInfo terminal = session.terminal();
    cli.setDefaultValueProvider(new ConfigDefaults(services));
    UsageErrors usage = new UsageErrors(environment, services);
    ExecutionErrors errors = new ExecutionErrors(options, usage);
    cli.setExecutionExceptionHandler(errors);
    cli.setParameterExceptionHandler(usage);
    cli.setResourceBundle(options.labels().bundle());
    cli.setAdjustLineBreaksForWideCJKCharacters(true);
    // The terminal is measured only when help (or a usage error's synopsis) is laid out.
    cli.setHelpFactory(
        (spec, colours) -> {
          spec.root()
              .commandLine()
              .setUsageHelpWidth(Math.max(55, Math.min(terminal.width(), 160)));
          return new CommandLine.Help(spec, colours);
        });
    cli.setExecutionStrategy(
        parseResult -> {
          // Options such as --lang and --color are known only now; help is printed after this.
          CommandLine root = parseResult.commandSpec().commandLine();
          try {
            services.checkConfig();
          } catch (io.github.advisorcli.advisor.AdvisorException e) {
            return errors.handleExecutionException(e, root, parseResult);
          }
          root.setResourceBundle(options.labels().bundle());
          root.setColorScheme(
              io.github.advisorcli.advisor.render.Styles.helpColors(terminal.ansi()));
          int code = new CommandLine.RunLast().execute(parseResult);
          return CheckedOutput.finish(environment.out(), environment.err(), code);
        });
    cli.setColorScheme(io.github.advisorcli.advisor.render.Styles.helpColors(terminal.ansi()));
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

  /**
   * Creates commands through the constructor that takes parts of the session (the environment, the
   * global options, the services, the terminal, or the whole session to build a tree of its own).
   */
  private record Factory(Session session) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      for (Constructor<?> constructor : cls.getDeclaredConstructors()) {
        Class<?>[] params = constructor.getParameterTypes();
        if (params.length == 0) {
          continue;
        }
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length && args != null; i++) {
          args[i] = part(params[i]);
          if (args[i] == null) {
            args = null;
          }
        }
        if (args != null) {
          constructor.setAccessible(true);
          return cls.cast(constructor.newInstance(args));
        }
      }
      return CommandLine.defaultFactory().create(cls);
    }

    private Object part(Class<?> type) {
      if (type == Session.class) {
        return session;
      } else if (type == Environment.class) {
        return session.environment();
      } else if (type == GlobalOptions.class) {
        return session.options();
      } else if (type == Services.class) {
        return session.services();
      } else if (type == TerminalInfo.class) {
        return session.terminal();
      }
      return null;
    }
  }
}
