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
import java.time.LocalDate;
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

  /**
   * Where the JVM can make archives (HotSpot on Linux, as in CI), a missing one is a failure, not a
   * reason to skip; elsewhere the test is skipped.
   */
  private static void assumeArchives(Path cache, int count) throws IOException {
    boolean hotSpotOnLinux =
        System.getProperty("os.name").startsWith("Linux")
            && (System.getProperty("java.vm.name").contains("Server VM")
                || System.getProperty("java.vm.name").contains("HotSpot"));
    if (hotSpotOnLinux) {
      assertThat(archives(cache)).as("class-data archives made").hasSize(count);
    } else {
      assumeTrue(archives(cache).size() == count, "this JVM makes no class-data archive");
    }
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
    assumeArchives(cache, 1);
    List<Path> made = archives(cache);
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
    assertClean(run(advisor, env, "list"), dir);
    assumeArchives(home.resolve(".cache/advisor"), 1);
    List<Path> made = archives(home.resolve(".cache/advisor"));
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
    assertClean(run(advisor, env, "list"), dir);
    assertThat(Files.getLastModifiedTime(archive).toMillis()).isNotEqualTo(1_600_000_000_000L);
    assertClean(run(advisor, env, "list"), dir);
  }

  /**
   * Each command has an archive of its own classes: after one run each of recommend, --version and
   * catalog export, recommend and catalog validate load no class from the jar, and --version maps
   * its archive.
   */
  @Test
  void eachCommandHasAnArchiveOfItsOwnClasses(@TempDir Path dir) throws Exception {
    Path advisor = install(dir, "a");
    Path home = Files.createDirectories(dir.resolve("home"));
    Path cache = home.resolve(".cache/advisor");
    Map<String, String> env = Map.of("HOME", home.toString());
    assertClean(run(advisor, env, "--version"), dir);
    assumeArchives(cache, 1);
    assertClean(run(advisor, env, "recommend", "--task", "classification"), dir);
    Path yaml = dir.resolve("catalog.yaml");
    Proc export = run(advisor, env, "catalog", "export", "--output", yaml.toString());
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(archives(cache))
        .extracting(p -> p.getFileName().toString().replaceFirst("^.*-", ""))
        .containsExactly("advisor.jsa", "catalog.jsa", "recommend.jsa");

    Path log = dir.resolve("classes.log");
    Map<String, String> logged =
        Map.of("HOME", home.toString(), "ADVISOR_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
    List<List<String>> commands =
        List.of(
            List.of("recommend", "--task", "classification"),
            List.of("catalog", "validate", yaml.toString()),
            List.of("--version"));
    for (List<String> command : commands) {
      assertClean(run(advisor, logged, command.toArray(String[]::new)), dir);
      assertThat(Files.readString(log)).contains("source: shared objects file");
      if (command.get(0).equals("--version")) {
        // --version exits while the catalog may still be read ahead on another thread: how far
        // that got, and so which of its classes were loaded, differs from run to run.
        continue;
      }
      List<String> fromJar =
          Files.readAllLines(log).stream().filter(l -> l.contains(" source: file:")).toList();
      assertThat(fromJar).as(String.join(" ", command)).isEmpty();
      // The archive holds the JDK classes the command's first run loaded too: those of reading
      // resources from the jar, which the build's runs from class folders do not list.
      assertThat(Files.readAllLines(log))
          .as(String.join(" ", command))
          .noneMatch(l -> l.contains("JarURLConnection source: jrt:/"));
    }
    assertThat(archives(cache)).hasSize(3);
  }

  /**
   * Another JDK on the machine (a different release where there is one) makes an archive of its own
   * from the same class list, which the build wrote with this JDK, and maps it.
   */
  @Test
  void anotherJdkMakesAndMapsAnArchiveOfItsOwn(@TempDir Path dir) throws Exception {
    Path current = Path.of(System.getProperty("java.home")).toRealPath();
    Path other = null;
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> homes = Files.list(jvms)) {
        for (Path home : homes.sorted().toList()) {
          if (Files.isExecutable(home.resolve("bin/java"))
              && !Files.isSymbolicLink(home)
              && !home.toRealPath().equals(current)) {
            other = home;
          }
        }
      }
    }
    assumeTrue(other != null, "no second JDK here");
    Path advisor = install(dir, "a");
    Path home = Files.createDirectories(dir.resolve("home"));
    Path cache = home.resolve(".cache/advisor");
    Map<String, String> env = Map.of("HOME", home.toString(), "JAVA_HOME", other.toString());
    assertClean(run(advisor, env, "list"), dir);
    assumeTrue(archives(cache).size() == 1, other + " makes no class-data archive");
    Path log = dir.resolve("classes.log");
    Map<String, String> logged = new HashMap<>(env);
    logged.put("ADVISOR_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
    Proc again = run(advisor, logged, "list");
    assertClean(again, dir);
    assertThat(again.out()).contains("bert-base-uncased");
    assertThat(Files.readString(log)).contains("source: shared objects file");
    assertThat(Files.readAllLines(log)).noneMatch(l -> l.contains(" source: file:"));
  }

  /** When the JVM fails to make an archive, later runs of that command do not try again. */
  @Test
  void aFailedArchiveIsNotTriedAtEveryRun(@TempDir Path dir) throws Exception {
    Path advisor = install(dir, "a");
    Path home = Files.createDirectories(dir.resolve("home"));
    Path tries = dir.resolve("tries");
    Path jdk = Files.createDirectories(dir.resolve("jdk/bin"));
    Path java = jdk.resolve("java");
    Files.writeString(
        java,
        "#!/bin/sh\n"
            + "for a in \"$@\"; do\n"
            + "  if [ \"$a\" = -Xshare:dump ]; then echo dump >>'"
            + tries
            + "'; exit 1; fi\n"
            + "done\n"
            + "exec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' \"$@\"\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    Map<String, String> env =
        Map.of("HOME", home.toString(), "JAVA_HOME", jdk.getParent().toString());
    LocalDate day = LocalDate.now();
    for (int i = 0; i < 3; i++) {
      Proc p = run(advisor, env, "list");
      assertClean(p, dir);
      assertThat(p.out()).contains("bert-base-uncased");
    }
    // The mark holds for the day: across midnight the next day's run tries once more.
    assumeTrue(day.equals(LocalDate.now()), "the runs crossed midnight");
    assertThat(Files.readAllLines(tries)).hasSize(1);
    Path cache = home.resolve(".cache/advisor");
    assertThat(archives(cache)).isEmpty();
    try (Stream<Path> files = Files.list(cache)) {
      assertThat(files.map(f -> f.getFileName().toString()).toList())
          .singleElement()
          .satisfies(name -> assertThat(name).matches(".*-list\\.jsa\\.none(-\\d{8})?"));
    }
  }

  /**
   * The jar holds a class list for each command the launcher names, one for a run that names none
   * and one of them all; a command's list has its own classes, not another's.
   */
  @Test
  void theJarListsTheClassesOfEachCommand() throws Exception {
    Path jar =
        Path.of(System.getProperty("advisor.jar", BASE.resolve("target/advisor.jar").toString()));
    String launcher = Files.readString(BASE.resolve("bin/advisor"));
    java.util.regex.Matcher named =
        java.util.regex.Pattern.compile("\\n\\s*((?:[a-z]+ \\| )+[a-z]+)\\) list=\"\\$arg\"")
            .matcher(launcher);
    assertThat(named.find()).as("the launcher's list of commands").isTrue();
    List<String> commands = List.of(named.group(1).split(" \\| "));
    assertThat(commands).contains("recommend", "show", "catalog");
    Map<String, List<String>> lists = new HashMap<>();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      for (String name : new java.util.ArrayList<>(commands)) {
        lists.put(name, list(zip, name));
      }
      lists.put(ClassListCompiler.NONE, list(zip, ClassListCompiler.NONE));
      lists.put(ClassListCompiler.ALL, list(zip, ClassListCompiler.ALL));
    }
    String recommend = "io/github/advisorcli/advisor/cli/RecommendCommand";
    String validate = "io/github/advisorcli/advisor/cli/CatalogValidateCommand";
    String ranker = "io/github/advisorcli/advisor/score/Ranker";
    assertThat(lists.get("recommend"))
        .contains(recommend, ranker, "picocli/CommandLine", "java/lang/Object")
        .doesNotContain(validate)
        .anyMatch(l -> l.startsWith("@lambda-proxy io/github/advisorcli/"));
    assertThat(lists.get("catalog"))
        .contains(validate, "com/fasterxml/jackson/databind/ObjectMapper");
    assertThat(lists.get(ClassListCompiler.NONE))
        .contains("io/github/advisorcli/advisor/cli/VersionProvider")
        .doesNotContain(ranker, validate);
    assertThat(lists.get(ClassListCompiler.ALL)).contains(recommend, validate);
    for (Map.Entry<String, List<String>> list : lists.entrySet()) {
      assertThat(list.getValue()).as(list.getKey()).allMatch(ClassListCompiler::listed);
    }
  }

  private static List<String> list(java.util.zip.ZipFile zip, String command) throws IOException {
    java.util.zip.ZipEntry entry =
        zip.getEntry(
            "io/github/advisorcli/advisor/launcher/classes/" + ClassListCompiler.fileName(command));
    assertThat(entry).as(command).isNotNull();
    return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
        .lines()
        .toList();
  }

  @Test
  void anArchivePathThatIsAFolderIsLeftAloneAndDoesNotGrow(@TempDir Path dir) throws Exception {
    Path advisor = install(dir, "a");
    Path home = Files.createDirectories(dir.resolve("home"));
    Map<String, String> env = Map.of("HOME", home.toString());
    assertClean(run(advisor, env, "--version"), dir);
    assumeArchives(home.resolve(".cache/advisor"), 1);
    List<Path> made = archives(home.resolve(".cache/advisor"));
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
    assumeArchives(cache, 1);
    assertClean(run(second, env, "--version"), dir);
    assertThat(archives(cache)).hasSize(2);
    // Each uses its own archive again: nothing is made or removed.
    List<Path> both = archives(cache);
    assertClean(run(first, env, "--version"), dir);
    assertClean(run(second, env, "--version"), dir);
    assertThat(archives(cache)).isEqualTo(both);

    // A budget for one archive but not two keeps the one made last.
    Path third = install(dir, "third");
    // Room for one and a half: the archives of one command differ a little from copy to copy
    // (each holds its first run's classes and its own jar's path).
    long one = Math.max(Files.size(both.get(0)), Files.size(both.get(1)));
    long budget = (one + one / 2) / (1 << 20) + 1;
    assumeTrue(
        2 * Math.min(Files.size(both.get(0)), Files.size(both.get(1))) > budget << 20,
        "archives here differ too much in size");
    Map<String, String> tight =
        Map.of("HOME", home.toString(), "ADVISOR_CDS_CACHE_MB", Long.toString(budget));
    assertClean(run(third, tight, "--version"), dir);
    List<Path> kept = archives(cache);
    assertThat(kept).hasSize(1);
    assertThat(both).doesNotContain(kept.get(0));
  }
}
