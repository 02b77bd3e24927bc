package io.github.advisorcli.advisor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A native zsh completion function, {@code _advisor}, for the whole command tree: {@code
 * _arguments} specs with the same candidates as the bash script, {@code --option=value} included.
 * Put the file, named {@code _advisor}, in a folder on {@code fpath}; or source it after {@code
 * compinit}. It changes no shell option and defines no alias.
 */
final class ZshCompletion {
  private ZshCompletion() {}

  static String script(CommandLine root) {
    StringBuilder out = new StringBuilder();
    out.append("#compdef advisor\n");
    out.append("# zsh completion for advisor. Install: save as _advisor in a folder on $fpath\n");
    out.append("# (before compinit runs), or source it in a shell where compinit has run.\n\n");
    function(out, root.getCommandSpec(), "_advisor");
    out.append(
        "if [[ \"$funcstack[1]\" == \"_advisor\" ]]; then\n"
            + "  _advisor \"$@\"\n"
            + "else\n"
            + "  compdef _advisor advisor\n"
            + "fi\n");
    return out.toString();
  }

  private static void function(StringBuilder out, CommandSpec spec, String name) {
    Map<String, CommandLine> subs = spec.subcommands();
    List<String> specs = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        specs.addAll(optionSpecs(o));
      }
    }
    List<String[]> children = new ArrayList<>();
    for (Map.Entry<String, CommandLine> e : subs.entrySet()) {
      CommandSpec child = e.getValue().getCommandSpec();
      if (child.usageMessage().hidden() || !e.getKey().equals(child.name())) {
        continue;
      }
      children.add(new String[] {e.getKey(), name + "__" + e.getKey().replace('-', '_')});
    }
    if (children.isEmpty()) {
      for (PositionalParamSpec p : spec.positionalParameters()) {
        if (!p.hidden()) {
          String position = p.arity().max() > 1 ? "*" : Integer.toString(p.index().min() + 1);
          specs.add("'" + position + ":" + quote(p.paramLabel()) + ":" + action(p) + "'");
        }
      }
    } else {
      specs.add("'1: :->command'");
      specs.add("'*:: :->argument'");
    }
    out.append(name).append("() {\n");
    out.append("  local curcontext=\"$curcontext\" state line\n");
    out.append("  typeset -A opt_args\n");
    out.append("  _arguments -s -S -C");
    for (String s : specs) {
      out.append(" \\\n    ").append(s);
    }
    out.append("\n");
    if (!children.isEmpty()) {
      out.append("  case $state in\n");
      out.append("    command)\n");
      out.append("      local -a commands\n");
      out.append("      commands=(\n");
      for (String[] c : children) {
        CommandSpec child = subs.get(c[0]).getCommandSpec();
        out.append("        '")
            .append(quote(c[0]).replace(":", "\\:"))
            .append(":")
            .append(quote(describe(child.usageMessage().description())))
            .append("'\n");
      }
      out.append("      )\n");
      out.append("      _describe -t commands 'advisor command' commands\n");
      out.append("      ;;\n");
      out.append("    argument)\n");
      out.append("      case $line[1] in\n");
      for (String[] c : children) {
        out.append("        ").append(c[0]).append(") ").append(c[1]).append(" ;;\n");
      }
      out.append("      esac\n");
      out.append("      ;;\n");
      out.append("  esac\n");
    }
    out.append("}\n\n");
    for (String[] c : children) {
      function(out, subs.get(c[0]).getCommandSpec(), c[1]);
    }
  }

  private static List<String> optionSpecs(OptionSpec o) {
    List<String> specs = new ArrayList<>();
    String[] names = o.names();
    String exclusion =
        names.length > 1 && !o.isMultiValue() ? "(" + String.join(" ", names) + ")" : "";
    String repeat = o.isMultiValue() ? "*" : "";
    String description = "[" + quote(bracket(describe(o.description()))) + "]";
    boolean takesValue = o.arity().max() > 0;
    for (String n : names) {
      String suffix = !takesValue ? "" : n.startsWith("--") ? "=" : "+";
      String value = takesValue ? ":" + quote(o.paramLabel()) + ":" + action(o) : "";
      specs.add("'" + exclusion + repeat + n + suffix + description + value + "'");
    }
    return specs;
  }

  /** What completes a value: its candidates, files for a path, else nothing. */
  private static String action(ArgSpec arg) {
    Iterable<String> candidates = arg.completionCandidates();
    if (candidates != null && candidates.iterator().hasNext()) {
      StringBuilder words = new StringBuilder("(");
      for (String c : candidates) {
        if (words.length() > 1) {
          words.append(' ');
        }
        words.append(quote(c).replaceAll("([\\\\ ()\\[\\]:\"$`;&|<>*?#~])", "\\\\$1"));
      }
      return words.append(")").toString();
    }
    List<Class<?>> types = new ArrayList<>(List.of(arg.auxiliaryTypes()));
    types.add(arg.type());
    for (Class<?> type : types) {
      if (Path.class.isAssignableFrom(type) || java.io.File.class.isAssignableFrom(type)) {
        return "_files";
      }
    }
    return " ";
  }

  private static String describe(String[] lines) {
    if (lines == null || lines.length == 0) {
      return "";
    }
    String first = String.join(" ", lines).replaceAll("\\s+", " ").strip();
    first = first.replaceAll("@\\|[a-z,]+ ([^|]*)\\|@", "$1").replaceAll("%n", " ");
    int stop = first.indexOf(". ");
    if (stop > 0) {
      first = first.substring(0, stop);
    }
    return first.length() > 80 ? first.substring(0, 79) + "…" : first;
  }

  private static String bracket(String s) {
    return s.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:");
  }

  /** Safe inside a single-quoted shell word. */
  private static String quote(String s) {
    return s.replace("'", "'\\''");
  }
}
