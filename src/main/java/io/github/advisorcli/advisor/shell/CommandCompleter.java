package io.github.advisorcli.advisor.shell;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Tab completion from the picocli model: subcommands at any depth, options, and the completion
 * candidates of options and positional parameters (model ids, task names in English and Chinese,
 * license ids, profiles), through picocli's own {@link AutoComplete#complete}.
 */
public final class CommandCompleter implements Completer {
  private final CommandLine commands;

  public CommandCompleter(CommandLine commands) {
    this.commands = commands;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    for (String c : complete(line.words(), line.wordIndex(), line.wordCursor())) {
      candidates.add(new Candidate(c, c, null, null, null, null, true));
    }
  }

  /**
   * The full words that complete word {@code index} of {@code words}, typed up to {@code cursor}.
   */
  public List<String> complete(List<String> words, int index, int cursor) {
    String[] args = words.toArray(String[]::new);
    String typed =
        index < args.length ? args[index].substring(0, Math.min(cursor, args[index].length())) : "";
    List<CharSequence> suffixes = new ArrayList<>();
    AutoComplete.complete(commands.getCommandSpec(), args, index, cursor, cursor, suffixes);
    List<String> out = new ArrayList<>();
    for (CharSequence s : suffixes) {
      String word = typed + s;
      if (!word.isBlank() && !out.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }
}
