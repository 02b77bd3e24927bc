package io.github.advisorcli.advisor.testing;

import java.time.Duration;

/**
 * A limit against a hang, never a performance target. Tests assert what a run does (exit code,
 * message, output), not how fast it is: {@code bench/run} measures time and memory. A test that
 * could hang waits at most {@value #FACTOR} times a trivial run of the same entry point, measured
 * once in this JVM on this machine as it is loaded now, and never less than {@link #FLOOR}.
 */
public final class Backstop {
  /** The least a backstop allows, however fast the trivial run was. */
  public static final Duration FLOOR = Duration.ofMinutes(5);

  /** How many trivial runs a backstop allows. */
  public static final int FACTOR = 50;

  private static Duration jar;
  private static Duration inProcess;

  private Backstop() {}

  /** The backstop for a run of the packaged jar or a script around it. */
  public static synchronized Duration jar() {
    if (jar == null) {
      long start = System.nanoTime();
      JarRun.run(Duration.ofMinutes(10), CliRun.basedir(), java.util.Map.of(), "--version")
          .assertExit(0);
      jar = scaled(Duration.ofNanos(System.nanoTime() - start));
    }
    return jar;
  }

  /** The backstop for work in this JVM. */
  public static synchronized Duration inProcess() {
    if (inProcess == null) {
      long start = System.nanoTime();
      CliRun.run("--version").assertOk();
      inProcess = scaled(Duration.ofNanos(System.nanoTime() - start));
    }
    return inProcess;
  }

  private static Duration scaled(Duration baseline) {
    Duration scaled = baseline.multipliedBy(FACTOR);
    return scaled.compareTo(FLOOR) > 0 ? scaled : FLOOR;
  }
}
