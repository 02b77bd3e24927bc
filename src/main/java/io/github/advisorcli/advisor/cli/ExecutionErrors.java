package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AdvisorException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps what a command throws to one line on stderr and an exit code: problems with the user's input
 * exit 2; anything else is a bug and exits 70. Stack traces only with {@code --debug}.
 */
final class ExecutionErrors implements IExecutionExceptionHandler {
  private final GlobalOptions options;
  private final UsageErrors usage;

  /** Reports with these options ({@code --lang}, {@code --debug}); usage errors through usage. */
  ExecutionErrors(GlobalOptions options, UsageErrors usage) {
    this.options = options;
    this.usage = usage;
  }

  /**
   * The message in the user's language where the interface has words for it; else the English one.
   */
  private String localized(AdvisorException e) {
    if (e instanceof io.github.advisorcli.advisor.UnknownNameException u) {
      var labels = options.labels();
      String key = "error.unknown." + u.kind();
      String text =
          labels.get(key, AdvisorException.abbreviate(u.name()))
              + (u.suggestions().isEmpty()
                  ? ""
                  : labels.get("error.did_you_mean", String.join(", ", u.suggestions())));
      if (!text.startsWith(key)) {
        return e.location().map(l -> l + ": ").orElse("") + text;
      }
    }
    return e.userMessage();
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    if (e instanceof CommandLine.ParameterException pe) {
      return usage.handleParseException(
          pe,
          parseResult == null ? new String[0] : parseResult.originalArgs().toArray(new String[0]));
    }
    if (e instanceof AdvisorException ae) {
      err.println(
          cmd.getColorScheme()
              .errorText(
                  "advisor: "
                      + io.github.advisorcli.advisor.render.Sanitize.message(localized(ae))));
      if (options.debug()) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.INPUT;
    }
    String detail =
        e.getMessage() == null
            ? e.getClass().getSimpleName()
            : e.getClass().getSimpleName() + ": " + e.getMessage();
    err.println(
        cmd.getColorScheme()
            .errorText(
                "advisor: internal error: "
                    + io.github.advisorcli.advisor.render.Sanitize.message(detail)));
    if (options.debug()) {
      e.printStackTrace(err);
    } else {
      err.println("re-run with --debug for details");
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }
}
