package io.github.advisorcli.advisor.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.launcher.ArchivingMain;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Build step: writes, for each of advisor's common commands, the list of classes it loads, from
 * which the launcher makes that command's class-data archive ({@code java -Xshare:dump
 * -XX:SharedClassListFile}; see {@code launcher.ArchivingMain}). Each command runs in a JVM of its
 * own, on this build's class path, in an empty home, with {@code -XX:DumpLoadedClassList}; a
 * command's list is the sorted union of its runs' lines in that format (JDK classes, advisor's and
 * its libraries', lambda expressions' call sites), and {@code all} is the union of every list, for
 * the commands that have none of their own. Run by Maven in {@code prepare-package}: {@code
 * ClassListCompiler OUTPUT_FOLDER CATALOG_DIR} (the curated catalog, whose YAML style the exported
 * files do not have).
 */
public final class ClassListCompiler {
  private static final String MAIN = "io.github.advisorcli.advisor.cli.Main";

  /** The list for commands without one of their own: the union of all the others. */
  public static final String ALL = ArchivingMain.ALL;

  /** The list of a run that names no command: {@code --version}, {@code help}, usage. */
  public static final String NONE = "advisor";

  /** A file's name for the list of {@code command}. */
  public static String fileName(String command) {
    return ArchivingMain.fileName(command);
  }

  private ClassListCompiler() {}

  /**
   * A command line, the list it counts towards (besides {@link #ALL}) and the exit code it is
   * expected to end with.
   */
  private record Command(String list, int exit, List<String> args) {
    /** A run of the command that {@code args} name, as people run it at a terminal. */
    static Command of(String... args) {
      return new Command(args[0].startsWith("-") ? NONE : args[0], 0, List.of(args));
    }

    /**
     * A run that counts towards the list of all commands alone: output for programs (JSON), and
     * help, which builds every command. Their classes in a command's own archive would make it
     * larger, and every run of the command slower to start, for runs whose start matters less.
     */
    static Command others(String... args) {
      return new Command(ALL, 0, List.of(args));
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: ClassListCompiler OUTPUT_FOLDER CATALOG_DIR");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    List<String> curated = new ArrayList<>(List.of("catalog", "validate"));
    try (Stream<Path> files = Files.list(Path.of(args[1], "models"))) {
      files
          .filter(f -> f.toString().endsWith(".yaml"))
          .sorted()
          .forEach(f -> curated.add(f.toAbsolutePath().toString()));
    }
    Path work = Files.createTempDirectory("advisor-classlist");
    try {
      Files.createDirectories(work.resolve("home"));
      // Inputs for the commands below; these runs' classes count too.
      List<Command> setup =
          List.of(
              Command.of("catalog", "export", "--output", "catalog.yaml"),
              Command.of("catalog", "export", "--output", "catalog.json"),
              Command.of("check", "--init"));
      List<Command> all = new ArrayList<>(setup);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        runAll(pool, work, all, 0);
        List<String> ids = modelIds(work.resolve("catalog.json"));
        all.addAll(
            List.of(
                Command.of("recommend", "--task", "classification"),
                Command.others("recommend", "--task", "classification", "--format", "json"),
                Command.of("show", ids.get(0)),
                Command.of("list"),
                Command.of("compare", ids.get(0), ids.get(1)),
                Command.of("licenses"),
                Command.of("tasks"),
                Command.of("criteria"),
                Command.of("fit", ids.get(0)),
                Command.of("check", "--manifest", "advisor.yaml"),
                Command.of("catalog", "validate", "catalog.json"),
                new Command("catalog", 0, curated),
                Command.of("--version"),
                Command.others("help")));
        runAll(pool, work, all, setup.size());
      } finally {
        pool.shutdownNow();
      }
      Map<String, SortedSet<String>> lists = new TreeMap<>();
      for (int i = 0; i < all.size(); i++) {
        SortedSet<String> list = lists.computeIfAbsent(all.get(i).list(), k -> new TreeSet<>());
        SortedSet<String> union = lists.computeIfAbsent(ALL, k -> new TreeSet<>());
        for (String line : Files.readAllLines(work.resolve(i + ".classlist"))) {
          String entry = entry(line);
          if (entry != null) {
            list.add(entry);
            union.add(entry);
          }
        }
      }
      Files.createDirectories(out);
      for (Map.Entry<String, SortedSet<String>> list : lists.entrySet()) {
        Path tmp = Files.createTempFile(out, "classes", ".tmp");
        Files.write(tmp, list.getValue(), StandardCharsets.UTF_8);
        Files.move(
            tmp,
            out.resolve(fileName(list.getKey())),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
      System.out.println(
          "advisor: listed the classes of "
              + (lists.size() - 1)
              + " commands ("
              + lists.get(ALL).size()
              + " lines in all) in "
              + out);
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * Whether a line of {@code -XX:DumpLoadedClassList}'s output goes into a list: a class's name, a
   * lambda expression's call site or a lambda form the JDK generated; not comments, nor the classes
   * the JVM makes at run time (annotation proxies), which no archive holds.
   */
  public static boolean listed(String line) {
    return line.equals(entry(line));
  }

  /**
   * The entry a line of {@code -XX:DumpLoadedClassList}'s output gives a list, or null: a class by
   * its name alone (newer JDKs add an id that is unique within one run's list only, which a union
   * of runs would repeat), or a lambda line as it stands.
   */
  static String entry(String line) {
    if (!listedLine(line)) {
      return null;
    }
    if (line.startsWith("@")) {
      return line;
    }
    int end = line.indexOf(' ');
    return end < 0 ? line : line.substring(0, end);
  }

  private static boolean listedLine(String line) {
    if (line.isBlank() || line.startsWith("#")) {
      return false;
    }
    if (line.startsWith("@")) {
      return line.startsWith("@lambda-proxy ") || line.startsWith("@lambda-form-invoker ");
    }
    return !line.contains("$Proxy");
  }

  /** Runs {@code all} from index {@code from} on, two at a time, and waits for them. */
  private static void runAll(ExecutorService pool, Path work, List<Command> all, int from)
      throws Exception {
    List<Future<Void>> runs = new ArrayList<>();
    for (int i = from; i < all.size(); i++) {
      int index = i;
      runs.add(
          pool.submit(
              () -> {
                run(work, index, all.get(index));
                return null;
              }));
    }
    for (Future<Void> run : runs) {
      run.get();
    }
  }

  private static List<String> modelIds(Path catalog) throws IOException {
    JsonNode models = new ObjectMapper().readTree(catalog.toFile()).path("models");
    List<String> ids = new ArrayList<>();
    for (JsonNode m : models) {
      ids.add(m.path("id").asText());
    }
    if (ids.size() < 2) {
      throw new IllegalStateException("the bundled catalog has fewer than two models");
    }
    return ids;
  }

  /** This JVM's class path with absolute entries: the commands run in another folder. */
  private static String classPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(Path.of(entry).toAbsolutePath().toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  private static void run(Path work, int index, Command command)
      throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    line.addAll(
        List.of(
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xshare:auto",
            "-XX:DumpLoadedClassList=" + work.resolve(index + ".classlist"),
            "-cp",
            classPath(),
            MAIN));
    line.addAll(command.args());
    Path log = work.resolve(index + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(line)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    Path home = work.resolve("home");
    env.keySet().removeIf(k -> k.startsWith("ADVISOR_") || k.startsWith("LC_"));
    env.put("HOME", home.toString());
    env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
    env.put("XDG_STATE_HOME", home.resolve(".local/state").toString());
    env.put("NO_COLOR", "1");
    Process p = pb.start();
    p.getOutputStream().close();
    int code = p.waitFor();
    if (code != command.exit()) {
      throw new IllegalStateException(
          "advisor "
              + String.join(" ", command.args())
              + " exited with "
              + code
              + ", not "
              + command.exit()
              + ":\n"
              + Files.readString(log, StandardCharsets.UTF_8));
    }
  }
}
