package io.github.advisorcli.advisor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the packaged jar as a real subprocess, with at most 768 MB of heap, the serial
 * collector and the client compiler only (no parallel collector or C2 threads fighting the other
 * tests' processes for two cores), a class-data archive shared by the runs, and a {@link Backstop}
 * against a hang.
 *
 * @param exitCode the exit code
 * @param out stdout
 * @param err stderr
 * @param elapsed how long the process ran
 */
public record JarRun(int exitCode, String out, String err, Duration elapsed) {
  private static final List<String> JVM =
      List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx768m",
          "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1",
          "-Xshare:auto");

  private static Path archive;
  private static boolean archiveTried;

  /**
   * A class-data archive of every command's classes for these runs, made once as the launcher makes
   * its own (they start several hundred JVMs): the jar's list of all commands' classes, then {@code
   * -Xshare:dump}; null when this JVM makes none, and then the runs go without. It changes how fast
   * a run starts, not what it does.
   */
  private static synchronized Path archive(Path jar) {
    if (!archiveTried) {
      archiveTried = true;
      try {
        Path dir = Files.createTempDirectory("advisor-it-cds");
        Path list = dir.resolve("all.classlist");
        Path file = dir.resolve("advisor.jsa");
        for (Path p : List.of(dir, list, file)) {
          p.toFile().deleteOnExit();
        }
        List<String> write = new ArrayList<>(JVM);
        write.addAll(
            List.of(
                "-cp",
                jar.toString(),
                "io.github.advisorcli.advisor.launcher.ArchivingMain",
                "all",
                list.toString(),
                "--version"));
        List<String> dump =
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-Xshare:dump",
                "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + file,
                "-Xlog:disable",
                "-cp",
                jar.toString());
        if (succeeds(write) && Files.isRegularFile(list) && succeeds(dump)) {
          archive = Files.isRegularFile(file) && Files.size(file) > 0 ? file : null;
        }
      } catch (IOException e) {
        archive = null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return archive;
  }

  private static boolean succeeds(List<String> command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    p.getOutputStream().close();
    if (p.waitFor(Backstop.jar().toMillis(), TimeUnit.MILLISECONDS)) {
      return p.exitValue() == 0;
    }
    p.destroyForcibly();
    return false;
  }

  public static JarRun run(String... args) {
    return run(CliRun.basedir(), Map.of(), args);
  }

  public static JarRun run(Path workingDirectory, Map<String, String> env, String... args) {
    return run(Backstop.jar(), workingDirectory, env, args);
  }

  /**
   * A run that fails the test when it takes longer than {@code limit} (a backstop, see {@link
   * Backstop}).
   */
  public static JarRun run(
      Duration limit, Path workingDirectory, Map<String, String> env, String... args) {
    Path jar =
        Path.of(
            System.getProperty(
                "advisor.jar", CliRun.basedir().resolve("target/advisor.jar").toString()));
    List<String> command = new ArrayList<>();
    command.addAll(JVM);
    Path archive = archive(jar);
    if (archive != null) {
      command.add("-XX:SharedArchiveFile=" + archive);
    }
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile("advisor-out", ".txt");
      Path err = Files.createTempFile("advisor-err", ".txt");
      ProcessBuilder pb = new ProcessBuilder(command).directory(workingDirectory.toFile());
      pb.environment().remove("ADVISOR_CATALOG");
      pb.environment().put("NO_COLOR", "1");
      pb.environment().putAll(env);
      pb.redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.PIPE);
      long start = System.nanoTime();
      Process p = pb.start();
      p.getOutputStream().close();
      if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        p.waitFor();
        throw new AssertionError(
            "advisor " + abbreviated(args) + " did not finish in " + limit.toMillis() + " ms");
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      JarRun run =
          new JarRun(
              p.exitValue(),
              Files.readString(out, StandardCharsets.UTF_8),
              Files.readString(err, StandardCharsets.UTF_8),
              elapsed);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      return run;
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String abbreviated(String... args) {
    String all = String.join(" ", args);
    return all.length() <= 200 ? all : all.substring(0, 200) + "...";
  }

  public JarRun assertExit(int expected) {
    assertThat(exitCode).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(expected);
    return this;
  }
}
