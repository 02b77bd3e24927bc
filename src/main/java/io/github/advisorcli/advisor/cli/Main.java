package io.github.advisorcli.advisor.cli;

/** The entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.create(Environment.system()).execute(NativeArguments.utf8(args)));
  }
}
