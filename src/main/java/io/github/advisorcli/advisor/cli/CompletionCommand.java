package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AtomicWrite;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code advisor completion bash|zsh}: a shell completion script for the whole command tree. */
@Command(
    addMethodSubcommands = false,
    name = "completion",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true)
public final class CompletionCommand implements Callable<Integer> {
  /** Shells with a completion script. */
  public enum Shell {
    BASH,
    ZSH;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Environment environment;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SHELL",
      arity = "0..1",
      defaultValue = "bash",
      descriptionKey = "param.completion.shell")
  Shell shell;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      descriptionKey = "option.completion.output")
  Path output;

  @Option(names = "--force", descriptionKey = "option.completion.force")
  boolean force;

  CompletionCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    String script =
        shell == Shell.ZSH
            ? ZshCompletion.script(spec.root().commandLine())
            : BashCompletion.script(spec.root().commandLine());
    if (output != null) {
      AtomicWrite.write(environment.resolve(output), script, force, output.toString());
      return ExitCodes.OK;
    }
    // print, not println: the script ends with its own newline.
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
