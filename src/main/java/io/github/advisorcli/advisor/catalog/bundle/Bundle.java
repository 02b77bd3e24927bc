package io.github.advisorcli.advisor.catalog.bundle;

import io.github.advisorcli.advisor.catalog.BenchmarkReference;
import io.github.advisorcli.advisor.catalog.Generations;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Profile;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.license.License;
import java.util.List;
import java.util.Map;

/**
 * The curated catalog as compiled into the jar: registries and models, already validated.
 *
 * @param format always {@code advisor.bundle/v1}
 * @param asOf the newest snapshot date of the curated files
 * @param licenses the license registry
 * @param tasks the task vocabulary
 * @param references the fixed normalisation points of benchmarks
 * @param profiles the weight profiles
 * @param models the curated models, sorted by id
 * @param origins per model id, the {@code file:line:column} it was defined at
 * @param generations which model family follows which ({@code generations.yaml})
 */
public record Bundle(
    String format,
    String asOf,
    List<License> licenses,
    List<Task> tasks,
    List<BenchmarkReference> references,
    List<Profile> profiles,
    List<Model> models,
    Map<String, String> origins,
    Generations generations) {
  public static final String FORMAT = "advisor.bundle/v1";
  public static final String RESOURCE = "/io/github/advisorcli/advisor/bundled-catalog.bin";
}
