package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.config.UserConfigLoader;
import io.github.advisorcli.advisor.render.Sanitize;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Keeps usage errors short: the message, picocli's suggestions, the synopsis and where to read
 * more. A bad value that came from the config file's defaults, not from the command line, is one
 * line naming the file and line instead.
 */
final class UsageErrors implements IParameterExceptionHandler {
  private final Environment environment;
  private final Services services;

  UsageErrors(Environment environment, Services services) {
    this.environment = environment;
    this.services = services;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String fromConfig = fromConfig(ex, args);
    if (fromConfig != null) {
      err.println(cmd.getColorScheme().errorText("advisor: " + Sanitize.message(fromConfig)));
      err.flush();
      return ExitCodes.INPUT;
    }
    err.println(cmd.getColorScheme().errorText("advisor: " + Sanitize.message(ex.getMessage())));
    if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.print(cmd.getHelp().fullSynopsis());
    }
    err.printf("See '%s --help'.%n", cmd.getCommandSpec().qualifiedName());
    err.flush();
    return ExitCodes.INPUT;
  }

  /**
   * The error restated against the config file when the offending value is a config default the
   * command line did not override; null otherwise.
   */
  private String fromConfig(ParameterException ex, String[] args) {
    Map<String, String> defaults;
    try {
      defaults = services.config().defaults();
    } catch (AdvisorException e) {
      return null;
    }
    String message = String.valueOf(ex.getMessage());
    for (Map.Entry<String, String> d : defaults.entrySet()) {
      String key = d.getKey();
      OptionSpec option = ex.getCommandLine().getCommandSpec().findOption(key);
      if (option == null || typed(option, args)) {
        continue;
      }
      boolean blamed =
          ex.getArgSpec() != null
              ? ex.getArgSpec() == option
              : message.contains("--" + key) || message.contains("'" + d.getValue() + "'");
      if (blamed) {
        String reason =
            message
                .replaceFirst("^Invalid value for option '[^']*': ", "")
                .replace("--" + key, key);
        return UserConfigLoader.locateDefault(UserConfigLoader.location(environment.env()), key)
            + ": defaults."
            + key
            + ": "
            + reason;
      }
    }
    return null;
  }

  /** Whether the command line gives this option itself. */
  private static boolean typed(OptionSpec option, String[] args) {
    for (String arg : args) {
      for (String name : option.names()) {
        if (arg.equals(name)
            || arg.startsWith(name + "=")
            || (name.length() == 2 && !name.startsWith("--") && arg.startsWith(name))) {
          return true;
        }
      }
    }
    return false;
  }
}
