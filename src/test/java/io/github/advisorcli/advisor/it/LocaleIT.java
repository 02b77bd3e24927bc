package io.github.advisorcli.advisor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.advisorcli.advisor.testing.Backstop;
import io.github.advisorcli.advisor.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese arguments under the locales of containers and CI images ({@code LANG} unset, {@code C},
 * {@code POSIX}), through the launcher and through {@code java -jar}, on this JVM and on any Java
 * 18+ installed beside it (18 made {@code file.encoding} UTF-8 but left {@code sun.jnu.encoding} to
 * the locale).
 */
class LocaleIT {
  private static final Path BASE = CliRun.basedir();

  /** 文本分类 as bash $'...' escapes: the script stays ASCII whatever this JVM's encoding. */
  private static final String TASK =
      "$'\\xe6\\x96\\x87\\xe6\\x9c\\xac\\xe5\\x88\\x86\\xe7\\xb1\\xbb'";

  private static String bash(Path dir, String javaHome, String lang, String command)
      throws Exception {
    String env = lang == null ? "" : "LANG=" + lang;
    Path script = dir.resolve("run.sh");
    Files.writeString(
        script,
        "exec env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u LANG "
            + env
            + " JAVA_HOME="
            + javaHome
            + " ADVISOR_CDS=0 NO_COLOR=1 "
            + command
            + "\n",
        StandardCharsets.US_ASCII);
    Path out = dir.resolve("out.txt");
    ProcessBuilder pb =
        new ProcessBuilder("bash", script.toString())
            .directory(BASE.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
    pb.environment().remove("ADVISOR_CATALOG");
    Process p = pb.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(Backstop.jar().toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    return Files.readString(out, StandardCharsets.UTF_8) + "\nexit " + p.exitValue();
  }

  private static List<String> javaHomes() throws IOException {
    List<String> homes = new ArrayList<>();
    homes.add(System.getProperty("java.home"));
    Path jvm = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvm)) {
      try (Stream<Path> dirs = Files.list(jvm)) {
        dirs.filter(d -> Files.isExecutable(d.resolve("bin/java")))
            .filter(d -> major(d) >= 18)
            .findFirst()
            .ifPresent(d -> homes.add(d.toString()));
      }
    }
    return homes;
  }

  private static int major(Path javaHome) {
    try {
      for (String line : Files.readAllLines(javaHome.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String v = line.substring(line.indexOf('"') + 1);
          return Integer.parseInt(v.split("[.\"]")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }

  @Test
  void chineseTaskArgumentsSurviveAsciiLocales(@TempDir Path dir) throws Exception {
    Path jar =
        Path.of(System.getProperty("advisor.jar", BASE.resolve("target/advisor.jar").toString()));
    assumeTrue(Files.isRegularFile(jar), "the packaged jar");
    String launcher = BASE.resolve("bin/advisor").toString();
    for (String home : javaHomes()) {
      for (String lang : new String[] {null, "C", "POSIX"}) {
        String what = "java " + home + " LANG=" + lang;
        String viaLauncher = bash(dir, home, lang, launcher + " recommend --task " + TASK);
        assertThat(viaLauncher)
            .as(what + " bin/advisor")
            .contains("exit 0")
            .doesNotContain("\uFFFD");
        assertThat(viaLauncher).contains("classification");
        String viaJarTask =
            bash(dir, home, lang, home + "/bin/java -jar " + jar + " recommend --task " + TASK);
        assertThat(viaJarTask).as(what + " java -jar").contains("exit 0").doesNotContain("\uFFFD");
      }
    }
  }

  /**
   * One rule whatever the platform encoding: files are read as UTF-8 and output is written as
   * UTF-8. A JVM whose default, console and native encodings are all GB18030 (as under a
   * zh_CN.GB18030 locale, which this machine need not have installed) still reads a UTF-8 catalog
   * with a Chinese name and prints it, and the Chinese interface, as UTF-8.
   */
  @Test
  void aGb18030PlatformStillReadsAndWritesUtf8(@TempDir Path dir) throws Exception {
    Path jar =
        Path.of(System.getProperty("advisor.jar", BASE.resolve("target/advisor.jar").toString()));
    assumeTrue(Files.isRegularFile(jar), "the packaged jar");
    Path catalog = dir.resolve("zh.yaml");
    Files.writeString(
        catalog,
        Files.readString(
                BASE.resolve("src/test/resources/catalog/mini.yaml"), StandardCharsets.UTF_8)
            .replace("name: Encoder Small", "name: 中文模型"),
        StandardCharsets.UTF_8);
    ProcessBuilder pb =
        new ProcessBuilder(
                System.getProperty("java.home") + "/bin/java",
                "-Dfile.encoding=GB18030",
                "-Dsun.stdout.encoding=GB18030",
                "-Dsun.stderr.encoding=GB18030",
                "-Dstdout.encoding=GB18030",
                "-jar",
                jar.toString(),
                "--lang",
                "zh",
                "--no-default-catalog",
                "--catalog",
                catalog.toString(),
                "show",
                "enc-small")
            .directory(BASE.toFile())
            .redirectErrorStream(true);
    pb.environment().remove("ADVISOR_CATALOG");
    pb.environment().put("NO_COLOR", "1");
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(Backstop.jar().toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(out))
            .toString();
    assertThat(p.exitValue()).as(text).isZero();
    assertThat(text).contains("中文模型 (enc-small)").contains("许可证");
  }
}
