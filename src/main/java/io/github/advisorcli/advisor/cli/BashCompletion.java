package io.github.advisorcli.advisor.cli;

import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The bash completion script: picocli's, taught the {@code --option=value} form. Bash splits words
 * at {@code =} (it is in {@code COMP_WORDBREAKS}), so after {@code --license=} the word before the
 * cursor is {@code =}; the option is the word before that, and the word being completed is what
 * follows the {@code =}.
 */
final class BashCompletion {
  private static final String WORDS =
      "  local curr_word=${COMP_WORDS[COMP_CWORD]}\n  local prev_word=${COMP_WORDS[COMP_CWORD-1]}\n";
  private static final String EQUALS =
      "  local curr_word=${COMP_WORDS[COMP_CWORD]}\n"
          + "  local prev_word=${COMP_WORDS[COMP_CWORD-1]}\n"
          + "  # --option=value: bash splits the word at '='\n"
          + "  if [[ ${curr_word} == \"=\" ]]; then\n"
          + "    curr_word=\"\"\n"
          + "  elif [[ ${prev_word} == \"=\" && ${COMP_CWORD} -ge 2 ]]; then\n"
          + "    prev_word=${COMP_WORDS[COMP_CWORD-2]}\n"
          + "  fi\n";
  private static final String REPLY_WORD = "  local curr_word=${COMP_WORDS[COMP_CWORD]}\n";

  private BashCompletion() {}

  static String script(CommandLine root) {
    String script = AutoComplete.bash(root.getCommandName(), root);
    script = script.replace(WORDS, EQUALS);
    // compReplyArray reads the current word itself.
    script =
        script.replace(
            "  options=(\"$@\")\n" + REPLY_WORD,
            "  options=(\"$@\")\n"
                + REPLY_WORD
                + "  [[ ${curr_word} == \"=\" ]] && curr_word=\"\"\n");
    return script;
  }
}
