package io.github.advisorcli.advisor.cli;

/** advisor's exit codes; the only place they are defined. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** {@code check} found policy violations. */
  public static final int VIOLATIONS = 1;

  /**
   * Invalid usage or input: bad arguments, unknown model or task, a catalog that does not parse.
   */
  public static final int INPUT = 2;

  /** The output could not be written (a full disk, a closed descriptor; not a closed pipe). */
  public static final int OUTPUT = 1;

  /** An internal error: a bug in advisor. */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
