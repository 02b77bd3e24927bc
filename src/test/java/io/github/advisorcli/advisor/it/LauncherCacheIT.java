package io.github.advisorcli.advisor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.advisorcli.advisor.testing.Backstop;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.tools.ClassListCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data cache: a damaged archive, a full or foreign cache, no HOME, several
 * installed copies. A cache problem never fails a run or adds a line to its output.
 */
class LauncherCacheIT {
  private static final Path BASE = CliRun.basedir();

  record Proc(int code, String out, String err) {}

  /** An installed copy: bin/advisor and lib/advisor.jar, as the release archive lays them out. */
  private static Path install(Path dir, String name) throws IOException {
    Path home = dir.resolve(name);
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("lib"));
    Files.copy(BASE.resolve("bin/advisor"), home.resolve("bin/advisor"));
    Path jar =
        Files.copy(
            Path.of(
                System.getProperty("advisor.jar", BASE.resolve("target/advisor.jar").toString())),
            home.resolve("lib/advisor.jar"));
    // Another build: another time stamp, so another archive.
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L + name.hashCode()));
    return home.resolve("bin/advisor");
  }

  private static Proc run(Path launcher, Map<String, String> env, String... args) throws Exception {
    Path out = Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(launcher.getParent().toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().remove("ADVISOR_CATALOG");
    pb.environment().remove("XDG_CACHE_HOME");
    pb.environment().remove("ADVISOR_CDS_CACHE_MB");
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("NO_COLOR", "1");
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (e.getValue() == null) {
        pb.environment().remove(e.getKey());
      } else {
        pb.environment().put(e.getKey(), e.getValue());
      }
    }
    Process p = pb.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(Backstop.jar().toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    Proc proc =
        new Proc(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return proc;
  }

  private static List<Path> archives(Path cache) throws IOException {
    if (!Files.isDirectory(cache)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(f -> f.toString().endsWith(".jsa")).sorted().toList();
    }
  }

  private static void assertClean(Proc p, Path dir) throws IOException {
    assertThat(p.code()).as(p.err()).isZero();
    assertThat(p.err()).isEmpty();
    assertThat(p.out()).doesNotContain("fatal error").doesNotContain("shared archive");
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(f -> f.getFileName().toString().startsWith("hs_err")).toList())
          .isEmpty();
    }
  }

  @Test
  void aTruncatedArchiveIsNotUsedButMadeAgain(@TempDir Path dir) throws Exception {
    Path advisor = install(dir, "a");
    Path home = Files.createDirectories(dir.resolve("home"));
    Map<String, String> env = Map.of("HOME", home.toString());
    assertClean(run(advisor, env, "list"), dir);
    Path cache = home.resolve(".cache/advisor");
    List<Path> made = archives(cache);
    assumeTrue(made.size() == 1, "this JVM makes no class-data archive");
    Path archive = made.get(0);
    byte[] bytes = Files.readAllBytes(archive);
    archive.toFile().setWritable(true);
    Files.write(archive, java.util.Arrays.copyOf(bytes, 100_000));

    Proc after = run(advisor, env, "list", "--format", "json");
    assertClean(after, dir);
    assertThat(after.out()).startsWith("{");
    assertThat(Files.size(archive)).isGreaterThan(100_000);
    assertClean(run(advisor, env, "list"), dir);
  }

  @Test
  void aReplacedArchiveIsNotUsedButMadeAgain(@TempDir Path dir) throws Exception {
    Path advisor = install(dir, "a");
    Path home = Files.createDirectories(dir.resolve("home"));
    Map<String, String> env = Map.of("HOME", home.toString());
    assertClean(run(advisor, env, "--version"), dir);
    List<Path> made = archives(home.resolve(".cache/advisor"));
    assumeTrue(made.size() == 1, "this JVM makes no class-data archive");
    Path archive = made.get(0);
    // Another file, cut short, put in its place with the archive's own time: only the size tells.
    byte[] bytes = Files.readAllBytes(archive);
    Path other = archive.resolveSibling("other");
    Files.write(other, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Files.setLastModifiedTime(other, Files.getLastModifiedTime(archive));
    Files.move(other, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    Proc after = run(advisor, env, "list", "--format", "json");
    assertClean(after, dir);
    assertThat(after.out()).startsWith("{");
    assertThat(Files.size(archive)).isGreaterThan(bytes.length / 2);

    // The same size, another time: a file written over the archive.
    bytes = Files.readAllBytes(archive);
    archive.toFile().setWritable(true);
    java.util.Arrays.fill(bytes, bytes.length / 4, bytes.length / 2, (byte) 0x5a);
    Files.write(archive, bytes);
    Files.setLastModifiedTime(archive, FileTime.fromMillis(1_600_000_000_000L));
    assertClean(run(advisor, env, "--version"), dir);
    assertThat(Files.getLastModifiedTime(archive).toMillis()).isNotEqualTo(1_600_000_000_000L);
    assertClean(run(advisor, env, "--version"), dir);
  }

  /**
   * Whichever command runs first, the archive holds the classes of the common ones: after a first
   * run of --version, recommend and catalog validate load none of advisor's or its libraries'
   * classes from the jar, but those of Jackson's data binding and the YAML parser, which are left
   * out of the archive on purpose.
   */
  @Test
  void theArchiveMadeByOneCommandServesTheOthers(@TempDir Path dir) throws Exception {
    Path advisor = install(dir, "a");
    Path home = Files.createDirectories(dir.resolve("home"));
    Map<String, String> env = Map.of("HOME", home.toString());
    assertClean(run(advisor, env, "--version"), dir);
    assumeTrue(
        archives(home.resolve(".cache/advisor")).size() == 1,
        "this JVM makes no class-data archive");
    Path yaml = dir.resolve("catalog.yaml");
    assertThat(run(advisor, env, "catalog", "export", "--output", yaml.toString()).code()).isZero();
    Path log = dir.resolve("classes.log");
    Map<String, String> logged =
        Map.of("HOME", home.toString(), "ADVISOR_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
    List<List<String>> commands =
        List.of(
            List.of("recommend", "--task", "classification"),
            List.of("catalog", "validate", yaml.toString()),
            List.of("help"));
    for (List<String> command : commands) {
      assertClean(run(advisor, logged, command.toArray(String[]::new)), dir);
      List<String> fromJar =
          Files.readAllLines(log).stream()
              .filter(l -> l.contains(" source: file:"))
              .filter(
                  l ->
                      !ClassListCompiler.unlisted(
                          l.replaceFirst("^.*\\] (\\S+) source: .*$", "$1")))
              .toList();
      assertThat(fromJar).as(String.join(" ", command)).isEmpty();
      assertThat(Files.readString(log)).contains("source: shared objects file (top)");
    }
    assertThat(archives(home.resolve(".cache/advisor"))).hasSize(1);
  }

  @Test
  void theJarListsTheClassesOfTheCommonCommands() throws Exception {
    Path jar =
        Path.of(System.getProperty("advisor.jar", BASE.resolve("target/advisor.jar").toString()));
    List<String> lines;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      java.util.zip.ZipEntry entry =
          zip.getEntry("io/github/advisorcli/advisor/launcher/classes.txt");
      assertThat(entry).isNotNull();
      lines =
          new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .toList();
    }
    assertThat(lines)
        .contains(
            "io.github.advisorcli.advisor.cli.RecommendCommand",
            "io.github.advisorcli.advisor.cli.CatalogValidateCommand",
            "com.fasterxml.jackson.core.JsonFactory")
        .noneMatch(ClassListCompiler::unlisted);
    assertThat(lines).anyMatch(l -> l.startsWith("@lambda-proxy io/github/advisorcli/"));
  }

  @Test
  void anArchivePathThatIsAFolderIsLeftAloneAndDoesNotGrow(@TempDir Path dir) throws Exception {
    Path advisor = install(dir, "a");
    Path home = Files.createDirectories(dir.resolve("home"));
    Map<String, String> env = Map.of("HOME", home.toString());
    assertClean(run(advisor, env, "--version"), dir);
    List<Path> made = archives(home.resolve(".cache/advisor"));
    assumeTrue(made.size() == 1, "this JVM makes no class-data archive");
    Path archive = made.get(0);
    Files.delete(archive);
    Files.createDirectory(archive);
    for (int i = 0; i < 2; i++) {
      assertClean(run(advisor, env, "--version"), dir);
    }
    try (Stream<Path> inside = Files.list(archive)) {
      assertThat(inside.toList()).isEmpty();
    }
  }

  @Test
  void withoutAUsableHomeRunsWithoutAnArchive(@TempDir Path dir) throws Exception {
    Path advisor = install(dir, "a");
    Path missing = dir.resolve("no-such-home");
    Map<String, String> unset = new HashMap<>();
    unset.put("HOME", null);
    assertClean(run(advisor, unset, "--version"), dir);
    assertClean(run(advisor, Map.of("HOME", ""), "--version"), dir);
    assertClean(run(advisor, Map.of("HOME", missing.toString()), "--version"), dir);
    assertThat(missing).doesNotExist();
  }

  @Test
  void aFullCacheFileSystemIsHarmless(@TempDir Path dir) throws Exception {
    Path advisor = install(dir, "a");
    Path cache = Files.createDirectories(dir.resolve("tiny"));
    Process mount =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", cache.toString())
            .redirectErrorStream(true)
            .start();
    assumeTrue(
        mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0,
        "cannot mount a small tmpfs here");
    try {
      Map<String, String> env = Map.of("HOME", dir.toString(), "XDG_CACHE_HOME", cache.toString());
      Proc check =
          run(
              advisor,
              env,
              "check",
              "-m",
              BASE.resolve("src/test/resources/manifests/compliant.yaml").toString(),
              "--format",
              "json");
      assertClean(check, dir);
      assertThat(check.out()).startsWith("{");
      assertThat(archives(cache.resolve("advisor"))).isEmpty();
    } finally {
      new ProcessBuilder("umount", cache.toString()).start().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void installedCopiesKeepTheirOwnArchivesWithinTheBudget(@TempDir Path dir) throws Exception {
    Path first = install(dir, "first");
    Path second = install(dir, "second");
    Path home = Files.createDirectories(dir.resolve("home"));
    Path cache = home.resolve(".cache/advisor");
    Map<String, String> env = Map.of("HOME", home.toString());
    assertClean(run(first, env, "--version"), dir);
    assumeTrue(archives(cache).size() == 1, "this JVM makes no class-data archive");
    assertClean(run(second, env, "--version"), dir);
    assertThat(archives(cache)).hasSize(2);
    // Each uses its own archive again: nothing is made or removed.
    List<Path> both = archives(cache);
    assertClean(run(first, env, "--version"), dir);
    assertClean(run(second, env, "--version"), dir);
    assertThat(archives(cache)).isEqualTo(both);

    // A budget for one archive but not two keeps the one made last.
    Path third = install(dir, "third");
    long one = Files.size(both.get(0));
    long budget = one / (1 << 20) + 1;
    assumeTrue(2 * one > budget << 20, "archives here differ too much in size");
    Map<String, String> tight =
        Map.of("HOME", home.toString(), "ADVISOR_CDS_CACHE_MB", Long.toString(budget));
    assertClean(run(third, tight, "--version"), dir);
    List<Path> kept = archives(cache);
    assertThat(kept).hasSize(1);
    assertThat(both).doesNotContain(kept.get(0));
  }
}
