package io.github.advisorcli.advisor.bench;

import io.github.advisorcli.advisor.score.Ranker;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.CatalogFile;
import io.github.advisorcli.advisor.catalog.Catalogs;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.tools.SyntheticCatalog;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.score.Criteria;
import io.github.advisorcli.advisor.score.Ranking;
import io.github.advisorcli.advisor.score.Request;
import io.github.advisorcli.advisor.score.Robustness;
import io.github.advisorcli.advisor.score.Scorer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The scorer on 1,000 candidates (synthetic models that all fit the task): ranking alone, weight
 * robustness with 10,000 samples on a fixed ranking, and both together as {@code recommend
 * --robustness 10000} runs them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScorerBenchmark {
  @Param({"1000"})
  public int models;

  @Param({"10000"})
  public int samples;

  private Catalog catalog;
  private Request request;
  private Ranking ranking;

  @Setup
  public void setUp() throws IOException {
    Registries registries = Catalogs.registries(Catalogs.bundle());
    Task task = registries.tasks().require("classification");
    Path file = Files.createTempFile("advisor-bench-", ".json");
    try {
      try (OutputStream out = Files.newOutputStream(file)) {
        new SyntheticCatalog(registries).write(out, models * 6, 42, false);
      }
      Catalog all = Catalogs.load(Catalogs.bundle(), Map.of(file, "synthetic.json"), false);
      List<CatalogFile.Entry> candidates = new ArrayList<>();
      for (Model m : all.models()) {
        if (candidates.size() < models && Criteria.taskFitValue(m, task) > 0) {
          candidates.add(new CatalogFile.Entry(m, SourceLocation.of("synthetic.json")));
        }
      }
      if (candidates.size() < models) {
        throw new IllegalStateException("only " + candidates.size() + " candidates");
      }
      catalog =
          Catalog.merge(
              List.of(new CatalogFile("synthetic.json", all.asOf(), candidates)), registries);
    } finally {
      Files.deleteIfExists(file);
    }
    request = Request.of(task);
    ranking = Ranker.complete(catalog, request);
  }

  @Benchmark
  public Ranking rank() {
    return Ranker.complete(catalog, request);
  }

  @Benchmark
  public Robustness.Report robustness() {
    return Robustness.analyze(ranking, samples, 42);
  }

  @Benchmark
  public Robustness.Report rankAndRobustness() {
    return Robustness.analyze(Ranker.complete(catalog, request), samples, 42);
  }
}
