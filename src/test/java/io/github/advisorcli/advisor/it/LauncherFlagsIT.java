package io.github.advisorcli.advisor.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.Backstop;
import io.github.advisorcli.advisor.testing.CliRun;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM flags bin/advisor picks from the sizes of the files a run names: short runs get C1 only
 * and the default first heap; a catalog file over 4 MB a first heap of 1/16 of the memory; one over
 * 50 MB the optimising compiler and up to three quarters of the memory. The JVM's own report of its
 * flags ({@code -XX:+PrintFlagsFinal}) tells which were set on the command line.
 */
class LauncherFlagsIT {
  private static final Path BASE = CliRun.basedir();

  /** An installed copy (bin/advisor, lib/advisor.jar), which never builds. */
  private static Path install(Path dir) throws Exception {
    Path home = dir.resolve("installed");
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("lib"));
    Files.copy(BASE.resolve("bin/advisor"), home.resolve("bin/advisor"));
    Files.copy(
        Path.of(System.getProperty("advisor.jar", BASE.resolve("target/advisor.jar").toString())),
        home.resolve("lib/advisor.jar"));
    return home.resolve("bin/advisor");
  }

  /** The flags set on the command line, by name, with their values; no class-data archive. */
  private static List<String> commandLineFlags(Path dir, String... args) throws Exception {
    return commandLineFlagsWithCds(dir, "0", args);
  }

  private static List<String> commandLineFlagsWithCds(Path dir, String cds, String... args)
      throws Exception {
    Path launcher =
        Files.exists(dir.resolve("installed"))
            ? dir.resolve("installed/bin/advisor")
            : install(dir);
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
    pb.environment().remove("ADVISOR_CATALOG");
    pb.environment().put("ADVISOR_CDS", cds);
    pb.environment().put("HOME", dir.toString());
    pb.environment().remove("XDG_CACHE_HOME");
    pb.environment().put("ADVISOR_JAVA_OPTS", "-XX:+PrintFlagsFinal");
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("NO_COLOR", "1");
    Process p = pb.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(Backstop.jar().toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    Matcher flag =
        Pattern.compile(
                "(?m)^\\s*\\S+\\s+(\\w+)\\s+=\\s+(\\S+)\\s+\\{[^}]*\\}\\s+\\{command line\\}")
            .matcher(Files.readString(out, StandardCharsets.UTF_8));
    List<String> flags = new ArrayList<>();
    while (flag.find()) {
      flags.add(flag.group(1) + "=" + flag.group(2));
    }
    return flags;
  }

  private static Path fileOf(Path dir, String name, long bytes) throws Exception {
    Path file = dir.resolve(name);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.write("models:\n".getBytes(StandardCharsets.US_ASCII));
      f.setLength(bytes);
    }
    return file;
  }

  @Test
  void aShortRunGetsC1AndTheDefaultFirstHeap(@TempDir Path dir) throws Exception {
    List<String> flags = commandLineFlags(dir, "--version");
    assertThat(flags).contains("TieredStopAtLevel=1", "UseSerialGC=true", "PrintFlagsFinal=true");
    assertThat(flags)
        .noneMatch(f -> f.startsWith("InitialRAMPercentage="))
        .noneMatch(f -> f.startsWith("MaxRAMPercentage="));
  }

  @Test
  void aCatalogOfAFewMegabytesGetsALargerFirstHeap(@TempDir Path dir) throws Exception {
    Path small = fileOf(dir, "small.yaml", 3L << 20);
    assertThat(commandLineFlags(dir, "catalog", "validate", small.toString()))
        .contains("TieredStopAtLevel=1")
        .noneMatch(f -> f.startsWith("InitialRAMPercentage="));
    Path medium = fileOf(dir, "medium.yaml", 5L << 20);
    List<String> flags = commandLineFlags(dir, "--catalog=" + medium, "list");
    assertThat(flags)
        .contains("TieredStopAtLevel=1")
        .noneMatch(f -> f.startsWith("MaxRAMPercentage="));
    Path meminfo = Path.of("/proc/meminfo");
    if (Files.isReadable(meminfo)) {
      // 1 GiB, or 1/16 of the memory where that is less.
      double share =
          Double.parseDouble(
              flags.stream()
                  .filter(f -> f.startsWith("InitialRAMPercentage="))
                  .findFirst()
                  .orElseThrow()
                  .substring("InitialRAMPercentage=".length()));
      long kib = Long.parseLong(Files.readAllLines(meminfo).get(0).replaceAll("\\D", ""));
      assertThat(share).isGreaterThan(0).isLessThanOrEqualTo(6.25);
      assertThat(share / 100 * kib * 1024)
          .isLessThanOrEqualTo(1.001 * (1L << 30))
          .isGreaterThanOrEqualTo(Math.min(0.999 * (1L << 30), 0.0624 * kib * 1024));
    }
  }

  /** A large run keeps the JVM's own archive: its heap may be too large for the launcher's. */
  @Test
  void aLargeCatalogRunMakesAndMapsNoArchiveOfTheLaunchers(@TempDir Path dir) throws Exception {
    Path large = fileOf(dir, "large.yaml", 51L << 20);
    assertThat(commandLineFlagsWithCds(dir, "1", "catalog", "validate", large.toString()))
        .contains("MaxRAMPercentage=75.000000")
        .noneMatch(f -> f.startsWith("SharedArchiveFile="));
    try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(f -> f.toString().endsWith(".jsa"))).isEmpty();
    }
  }

  @Test
  void aLargeCatalogGetsTheOptimisingCompilerAndALargerHeap(@TempDir Path dir) throws Exception {
    Path large = fileOf(dir, "large.yaml", 51L << 20);
    assertThat(commandLineFlags(dir, "catalog", "validate", large.toString()))
        .contains("MaxRAMPercentage=75.000000")
        .noneMatch(f -> f.startsWith("TieredStopAtLevel="))
        .noneMatch(f -> f.startsWith("InitialRAMPercentage="));
  }
}
