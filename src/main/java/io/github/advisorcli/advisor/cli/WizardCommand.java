package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.shell.Wizard;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code advisor wizard}: a guided recommendation that ends with the equivalent command line. */
@Command(addMethodSubcommands = false, name = "wizard", mixinStandardHelpOptions = true)
public final class WizardCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;

  WizardCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws IOException {
    if (session.environment().inputClosed()) {
      throw new io.github.advisorcli.advisor.AdvisorException(
          "standard input is closed; answer on a terminal, or give the answers in a file or a pipe");
    }
    return run(session, spec.commandLine().getOut());
  }

  /** Asks the questions (on the terminal, or line by line from standard input), then recommends. */
  static int run(Session session, PrintWriter out) throws IOException {
    var tasks = session.services().catalog().tasks();
    var labels = session.options().labels();
    Wizard.Answers answers;
    if (session.environment().interactive()) {
      try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
        answers =
            new Wizard(
                    prompt -> {
                      try {
                        return reader.readLine(prompt);
                      } catch (EndOfFileException | UserInterruptException e) {
                        return null;
                      }
                    },
                    out,
                    tasks,
                    labels)
                .ask();
      }
    } else {
      io.github.advisorcli.advisor.shell.Lines in =
          new io.github.advisorcli.advisor.shell.Lines(
              new BufferedReader(
                  new InputStreamReader(session.environment().in(), StandardCharsets.UTF_8)));
      answers =
          new Wizard(
                  prompt -> {
                    out.print(prompt);
                    out.flush();
                    String line = in.next();
                    out.println(line == null ? "" : line);
                    return line;
                  },
                  out,
                  tasks,
                  labels)
              .ask();
    }
    List<String> args = new ArrayList<>(answers.arguments());
    out.println();
    int code = Cli.create(session).execute(withExplain(args));
    out.println();
    out.println(labels.get("wizard.command"));
    out.println("  advisor " + String.join(" ", args.stream().map(WizardCommand::quote).toList()));
    out.flush();
    return code;
  }

  private static String[] withExplain(List<String> args) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--top", "5", "--explain"));
    return all.toArray(String[]::new);
  }

  static String quote(String arg) {
    return arg.matches("[A-Za-z0-9_./:,=+-]+")
            || arg.codePoints().anyMatch(c -> c > 127) && !arg.contains(" ")
        ? arg
        : "'" + arg.replace("'", "'\\''") + "'";
  }
}
