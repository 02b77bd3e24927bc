package io.github.advisorcli.advisor.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Builds the command tree: the one place with programmatic wiring. */
public final class Cli {
  private Cli() {}

  /** A command line over a fresh session. */
  public static CommandLine create(Environment environment) {
    return create(new Session(environment));
  }

  /** A command line over a given session (the interactive shell keeps one for all its commands). */
  public static CommandLine create(Session session) {
    Environment environment = session.environment();
    CommandLine cli = new CommandLine(AdvisorCommand.class, new Factory(session));
    session.attach(cli.getCommand());
    cli.setOut(environment.out());
    cli.setErr(environment.err());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setDefaultValueProvider(new ConfigDefaults(session));
    cli.setExecutionExceptionHandler(new ExecutionErrors(session));
    cli.setParameterExceptionHandler(new UsageErrors(session));
    cli.setResourceBundle(session.labels().bundle());
    cli.setAdjustLineBreaksForWideCJKCharacters(true);
    cli.setExecutionStrategy(
        parseResult -> {
          // Options such as --lang, --color and --width are known only now; help is printed after
          // this.
          CommandLine root = parseResult.commandSpec().commandLine();
          try {
            session.checkConfig();
          } catch (io.github.advisorcli.advisor.AdvisorException e) {
            return new ExecutionErrors(session).handleExecutionException(e, root, parseResult);
          }
          root.setResourceBundle(session.labels().bundle());
          root.setColorScheme(CommandLine.Help.defaultColorScheme(Terminal.ansi(session)));
          root.setUsageHelpWidth(Math.max(55, Math.min(session.width(), 160)));
          int code = new CommandLine.RunLast().execute(parseResult);
          return CheckedOutput.finish(environment.out(), environment.err(), code);
        });
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(Terminal.ansi(session)));
    cli.setUsageHelpWidth(Math.max(55, Math.min(session.width(), 160)));
    return cli;
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
