package io.github.advisorcli.advisor.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import picocli.CommandLine;

/**
 * The interactive shell: a JLine line editor over the same picocli command tree the command line
 * uses, with Tab completion (commands, options, model ids, task names, license ids), history,
 * {@code help} and {@code exit}. An error in one command is reported by that command's handlers and
 * the shell goes on; Ctrl-C cancels the line and Ctrl-D leaves.
 *
 * <p>Completion uses picocli's {@code AutoComplete.complete} directly rather than
 * picocli-shell-jline3, whose completer does not complete positional parameters (model ids) or
 * nested subcommands.
 */
public final class Shell {
  private final CommandLine commands;
  private final Terminal terminal;
  private final Path history;
  private final String prompt;

  /**
   * @param commands the command tree; its commands must not call System.exit
   * @param terminal the terminal to read from and write to
   * @param history the history file, created when missing
   * @param prompt the prompt
   */
  public Shell(CommandLine commands, Terminal terminal, Path history, String prompt) {
    this.commands = commands;
    this.terminal = terminal;
    this.history = history;
    this.prompt = prompt;
  }

  private static DefaultParser parser() {
    DefaultParser parser = new DefaultParser();
    parser.setEscapeChars(new char[0]);
    return parser;
  }

  LineReader reader() {
    if (history.getParent() != null) {
      try {
        Files.createDirectories(history.getParent());
      } catch (IOException | SecurityException e) {
        // no history then; the shell still works
      }
    }
    LineReaderBuilder builder =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("advisor")
            .completer(new CommandCompleter(commands))
            .parser(parser())
            .variable(LineReader.LIST_MAX, 200);
    String problem = Lines.historyProblem(history);
    if (problem == null) {
      builder.variable(LineReader.HISTORY_FILE, history);
    } else {
      commands
          .getErr()
          .println(
              "advisor: warning: "
                  + history
                  + ": "
                  + problem
                  + "; the shell goes on without history");
      commands.getErr().flush();
    }
    return builder.build();
  }

  /** Reads and runs lines until {@code exit} or end of input. */
  public void run() {
    LineReader reader = reader();
    terminal
        .writer()
        .println(
            "advisor shell: Tab completes, 'help' lists the commands, 'exit' or Ctrl-D leaves.");
    while (true) {
      try {
        reader.readLine(prompt);
      } catch (UserInterruptException e) {
        continue;
      } catch (EndOfFileException e) {
        break;
      }
      if (!execute(reader.getParsedLine().words())) {
        break;
      }
    }
    try {
      reader.getHistory().save();
    } catch (IOException | RuntimeException e) {
      // history is best effort
    }
  }

  /**
   * Runs lines from a plain reader, for standard input that is not a terminal: no editing and no
   * completion, every line up to {@code exit} or the end of input.
   */
  public static void runPlain(CommandLine commands, java.io.Reader in) {
    Shell shell = new Shell(commands, null, Path.of(""), "");
    DefaultParser parser = parser();
    Lines lines = new Lines(in);
    String line;
    while ((line = lines.next()) != null) {
      if (!shell.execute(parser.parse(line, line.length()).words())) {
        break;
      }
    }
  }

  /** Runs one command line; false when it asks to leave the shell. */
  boolean execute(List<String> parsed) {
    List<String> words = parsed.stream().filter(w -> !w.isEmpty()).toList();
    if (!words.isEmpty() && words.get(0).equals("advisor")) {
      words = words.subList(1, words.size());
    }
    if (words.isEmpty()) {
      return true;
    }
    String first = words.get(0);
    if (first.equals("exit") || first.equals("quit")) {
      return false;
    }
    if (first.equals("shell")) {
      commands.getErr().println("advisor: already in the shell");
    } else {
      commands.execute(words.toArray(String[]::new));
    }
    commands.getOut().flush();
    commands.getErr().flush();
    if (terminal != null) {
      terminal.flush();
    }
    return true;
  }
}
