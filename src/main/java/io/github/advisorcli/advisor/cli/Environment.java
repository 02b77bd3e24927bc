package io.github.advisorcli.advisor.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run sees of the world: its output streams, environment variables, working directory and
 * whether stdout is a terminal. Tests pass their own.
 *
 * @param out where data goes
 * @param err where errors and diagnostics go
 * @param env environment variables
 * @param workingDirectory the directory relative paths are resolved against
 * @param interactive whether stdout is a terminal
 * @param in where interactive commands read their answers
 */
public record Environment(
    PrintWriter out,
    PrintWriter err,
    Map<String, String> env,
    Path workingDirectory,
    boolean interactive,
    java.io.InputStream in) {

  /** An environment with no input. */
  public Environment(
      PrintWriter out,
      PrintWriter err,
      Map<String, String> env,
      Path workingDirectory,
      boolean interactive) {
    this(out, err, env, workingDirectory, interactive, java.io.InputStream.nullInputStream());
  }

  public static Environment system() {
    return new Environment(
        CheckedOutput.of(FileDescriptor.out),
        writer(FileDescriptor.err),
        System.getenv(),
        Path.of("").toAbsolutePath(),
        System.console() != null,
        System.in);
  }

  private static PrintWriter writer(FileDescriptor fd) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }

  /**
   * Whether standard input was closed when the run started. The descriptor is then reused by the
   * first file the JVM opens (its own modules, the jar), which must never be read as input. Known
   * on Linux, through /proc; false elsewhere.
   */
  public boolean inputClosed() {
    if (in != System.in) {
      return false;
    }
    try {
      Path target = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
      Path javaHome = Path.of(System.getProperty("java.home")).toRealPath();
      Path jar =
          Path.of(Environment.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .toRealPath();
      return target.startsWith(javaHome) || target.equals(jar);
    } catch (Exception | LinkageError e) {
      return false;
    }
  }

  /** {@code path} against the working directory. */
  public Path resolve(Path path) {
    return workingDirectory.resolve(path).normalize();
  }

  public String getenv(String name) {
    String value = env.get(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
