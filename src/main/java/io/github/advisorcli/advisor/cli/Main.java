package io.github.advisorcli.advisor.cli;

/** The entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(Environment.system(), NativeArguments.utf8(args)));
  }
}
