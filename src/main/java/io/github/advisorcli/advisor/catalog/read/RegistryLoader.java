package io.github.advisorcli.advisor.catalog.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.catalog.BenchmarkReference;
import io.github.advisorcli.advisor.catalog.CatalogException;
import io.github.advisorcli.advisor.catalog.Profile;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.catalog.TaskVocabulary;
import io.github.advisorcli.advisor.license.License;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the registry files of a catalog folder: {@code licenses.yaml}, {@code tasks.yaml}, {@code
 * profiles.yaml}.
 */
public final class RegistryLoader {
  record LicenseFile(String format, List<License> licenses) {}

  record TaskFile(String format, List<Task> tasks, List<BenchmarkReference> benchmarks) {}

  record ProfileFile(String format, List<Profile> profiles) {}

  /** The criterion keys a profile may weight (the scorer's criteria). */
  static final List<String> CRITERIA =
      List.of("task_fit", "performance", "docs", "community", "customizability", "license");

  private RegistryLoader() {}

  public static Registries read(Path folder, String displayPrefix) {
    String licensesName = displayPrefix + "licenses.yaml";
    String tasksName = displayPrefix + "tasks.yaml";
    String profilesName = displayPrefix + "profiles.yaml";
    LicenseFile licenses = read(folder.resolve("licenses.yaml"), licensesName, LicenseFile.class);
    TaskFile tasks = read(folder.resolve("tasks.yaml"), tasksName, TaskFile.class);
    ProfileFile profiles = read(folder.resolve("profiles.yaml"), profilesName, ProfileFile.class);
    expectFormat(licenses.format(), "advisor.licenses/v1", licensesName);
    expectFormat(tasks.format(), "advisor.tasks/v1", tasksName);
    expectFormat(profiles.format(), "advisor.profiles/v1", profilesName);
    for (License l : licenses.licenses()) {
      if (l.id() == null || l.category() == null || l.id().matches(".*[\\s()].*")) {
        throw new CatalogException(
            "each license needs an 'id' without spaces or parentheses and a 'category'",
            SourceLocation.of(licensesName));
      }
    }
    for (Profile p : profiles.profiles()) {
      if (p.id() == null || p.weights().isEmpty()) {
        throw new CatalogException(
            "each profile needs an 'id' and 'weights'", SourceLocation.of(profilesName));
      }
      double sum = 0;
      for (var e : p.weights().entrySet()) {
        if (!CRITERIA.contains(e.getKey()) || !(e.getValue() >= 0) || e.getValue().isInfinite()) {
          throw new CatalogException(
              "profile '"
                  + p.id()
                  + "': weights need the keys "
                  + CRITERIA
                  + " with numbers of 0 or more, not "
                  + e.getKey()
                  + "="
                  + e.getValue(),
              SourceLocation.of(profilesName));
        }
        sum += e.getValue();
      }
      if (sum <= 0) {
        throw new CatalogException(
            "profile '" + p.id() + "': all weights are zero", SourceLocation.of(profilesName));
      }
    }
    try {
      return new Registries(
          new LicenseRegistry(licenses.licenses()),
          new TaskVocabulary(tasks.tasks(), tasks.benchmarks()),
          profiles.profiles());
    } catch (IllegalArgumentException e) {
      throw new CatalogException(e.getMessage(), SourceLocation.of(displayPrefix));
    }
  }

  private static void expectFormat(String actual, String expected, String name) {
    if (!expected.equals(actual)) {
      throw new CatalogException(
          "'format' must be '" + expected + "', not '" + actual + "'", SourceLocation.of(name));
    }
  }

  private static <T> T read(Path path, String name, Class<T> type) {
    ObjectMapper mapper = Parsers.forPath(path);
    try {
      T value = mapper.readValue(path.toFile(), type);
      if (value == null) {
        throw new CatalogException("the file is empty", SourceLocation.of(name));
      }
      return value;
    } catch (JsonProcessingException e) {
      throw ParseErrors.describe(name, e);
    } catch (IOException e) {
      throw new CatalogException(
          "cannot read the file: " + io.github.advisorcli.advisor.AdvisorException.reason(e),
          SourceLocation.of(name),
          e);
    }
  }
}
