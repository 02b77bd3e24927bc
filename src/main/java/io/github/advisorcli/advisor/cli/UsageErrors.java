package io.github.advisorcli.advisor.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Keeps usage errors short: the message, picocli's suggestions, the synopsis and where to read
 * more.
 */
final class UsageErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(
        cmd.getColorScheme()
            .errorText(
                "advisor: "
                    + io.github.advisorcli.advisor.render.Sanitize.message(ex.getMessage())));
    if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.print(cmd.getHelp().fullSynopsis());
    }
    err.printf("See '%s --help'.%n", cmd.getCommandSpec().qualifiedName());
    err.flush();
    return ExitCodes.INPUT;
  }
}
