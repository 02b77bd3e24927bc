package io.github.advisorcli.advisor.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Build step: writes the list of classes that advisor's common commands load, which the launcher's
 * archiving run ({@code launcher.ArchivingMain}) loads at exit so that the class-data archive
 * serves every common command. Each command runs in a JVM of its own, on this build's class path,
 * in an empty home, with {@code -XX:DumpLoadedClassList}; the list is the sorted union of the class
 * names, JDK classes included (those the JDK's own archive lacks go into advisor's). Run by Maven
 * in {@code prepare-package}: {@code ClassListCompiler OUTPUT CATALOG_DIR} (the curated catalog,
 * whose YAML style the exported files do not have).
 */
public final class ClassListCompiler {
  private static final String MAIN = "io.github.advisorcli.advisor.cli.Main";

  private ClassListCompiler() {}

  /** A command line and the exit code it is expected to end with. */
  private record Command(int exit, List<String> args) {
    static Command of(String... args) {
      return new Command(0, List.of(args));
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: ClassListCompiler OUTPUT CATALOG_DIR");
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
      int n = 0;
      for (Command c : setup) {
        run(work, n++, c);
      }
      List<String> ids = modelIds(work.resolve("catalog.json"));
      List<Command> commands =
          List.of(
              Command.of("recommend", "--task", "classification"),
              Command.of("recommend", "--task", "classification", "--format", "json"),
              Command.of("show", ids.get(0)),
              Command.of("list"),
              Command.of("compare", ids.get(0), ids.get(1)),
              Command.of("check", "--manifest", "advisor.yaml"),
              Command.of("catalog", "validate", "catalog.yaml"),
              Command.of("catalog", "validate", "catalog.json"),
              new Command(0, curated),
              Command.of("--version"),
              Command.of("help"),
              new Command(2, List.of("show", "no-such-model")));
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Void>> runs = new ArrayList<>();
        for (Command c : commands) {
          int index = n++;
          runs.add(
              pool.submit(
                  () -> {
                    run(work, index, c);
                    return null;
                  }));
        }
        for (Future<Void> run : runs) {
          run.get();
        }
      } finally {
        pool.shutdownNow();
      }
      SortedSet<String> names = new TreeSet<>();
      SortedSet<String> lambdas = new TreeSet<>();
      for (int i = 0; i < n; i++) {
        for (String line : Files.readAllLines(work.resolve(i + ".classlist"))) {
          if (line.startsWith("@lambda-proxy ")) {
            if (!unlisted(line.substring("@lambda-proxy ".length()))) {
              lambdas.add(line);
            }
          } else if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("@")) {
            int end = line.indexOf(' ');
            String name = (end < 0 ? line : line.substring(0, end)).replace('/', '.');
            if (!unlisted(name)) {
              names.add(name);
            }
          }
        }
      }
      Files.createDirectories(out.getParent());
      Path tmp = Files.createTempFile(out.getParent(), "classes", ".tmp");
      List<String> all = new ArrayList<>(names);
      all.addAll(lambdas);
      Files.write(tmp, all, StandardCharsets.UTF_8);
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.out.println(
          "advisor: listed "
              + names.size()
              + " classes and "
              + lambdas.size()
              + " lambda expressions in "
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
   * Packages left out of the list: Jackson's data binding and the YAML parser, which only runs that
   * read a user's file load. They would double the archive, and mapping an archive costs every run
   * time in proportion to its size (30-40 ms more at start-up, measured with {@code
   * -Xlog:startuptime}), while a run that reads a file spends far longer on it.
   */
  public static final List<String> UNLISTED =
      List.of(
          "com.fasterxml.jackson.databind.",
          "com.fasterxml.jackson.dataformat.",
          "org.yaml.snakeyaml.");

  public static boolean unlisted(String name) {
    String dotted = name.replace('/', '.');
    for (String prefix : UNLISTED) {
      if (dotted.startsWith(prefix)) {
        return true;
      }
    }
    return false;
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
