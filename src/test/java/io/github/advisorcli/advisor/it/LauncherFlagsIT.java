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

  /** The flags set on the command line, by name, with their values. */
  private static List<String> commandLineFlags(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(BASE.resolve("bin/advisor").toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
    pb.environment().remove("ADVISOR_CATALOG");
    pb.environment().put("ADVISOR_CDS", "0");
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
    assertThat(commandLineFlags(dir, "--catalog=" + medium, "list"))
        .contains("TieredStopAtLevel=1", "InitialRAMPercentage=6.250000")
        .noneMatch(f -> f.startsWith("MaxRAMPercentage="));
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
