package io.github.advisorcli.advisor.testing;

import io.github.advisorcli.advisor.catalog.Architecture;
import io.github.advisorcli.advisor.catalog.Benchmark;
import io.github.advisorcli.advisor.catalog.CardCompleteness;
import io.github.advisorcli.advisor.catalog.Community;
import io.github.advisorcli.advisor.catalog.Customization;
import io.github.advisorcli.advisor.catalog.Docs;
import io.github.advisorcli.advisor.catalog.Fit;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Provenance;
import io.github.advisorcli.advisor.catalog.TaskFit;
import java.util.List;

/** A builder of hand-made models for scorer tests. */
public final class Models {
  private String id;
  private Architecture architecture = Architecture.ENCODER;
  private Long parameters;
  private Long context;
  private String license = "Apache-2.0";
  private boolean openWeights = true;
  private List<TaskFit> tasks = List.of();
  private List<Benchmark> benchmarks = List.of();
  private Docs docs;
  private Community community;
  private Customization customization;
  private List<String> languages = List.of();
  private io.github.advisorcli.advisor.catalog.Checkpoint checkpoint;

  private Models(String id) {
    this.id = id;
  }

  public static Models model(String id) {
    return new Models(id);
  }

  public Models checkpoint(io.github.advisorcli.advisor.catalog.Checkpoint c) {
    this.checkpoint = c;
    return this;
  }

  public Models architecture(Architecture a) {
    this.architecture = a;
    return this;
  }

  public Models parameters(Long p) {
    this.parameters = p;
    return this;
  }

  public Models context(Long c) {
    this.context = c;
    return this;
  }

  public Models license(String l) {
    this.license = l;
    return this;
  }

  public Models openWeights(boolean o) {
    this.openWeights = o;
    return this;
  }

  public Models languages(String... l) {
    this.languages = List.of(l);
    return this;
  }

  public Models task(String task, Fit fit) {
    this.tasks = append(tasks, new TaskFit(task, fit, null));
    return this;
  }

  public Models benchmark(String name, double value, String split) {
    this.benchmarks =
        append(
            benchmarks,
            new Benchmark(
                name, value, "accuracy", split, null, "https://example.org", "2026-01-01", null));
    return this;
  }

  public Models docs(CardCompleteness card, Boolean examples, List<String> frameworks) {
    this.docs = new Docs(card, examples, frameworks, null, null);
    return this;
  }

  public Models community(Long downloads, Long likes, Long stars, String lastRelease) {
    this.community = new Community(downloads, likes, stars, lastRelease, null, null);
    return this;
  }

  public Models customization(List<String> routes, Boolean code, Boolean data, Boolean quantized) {
    this.customization = new Customization(routes, code, data, quantized, null, null);
    return this;
  }

  public Model build() {
    return Model.builder()
        .id(id)
        .family("fam-" + id)
        .name("Model " + id)
        .organization("Lab")
        .year(2024)
        .architecture(architecture)
        .checkpoint(checkpoint)
        .parameters(parameters)
        .contextLength(context)
        .license(license)
        .openWeights(openWeights)
        .aliases(List.of())
        .languages(languages)
        .tasks(tasks)
        .benchmarks(benchmarks)
        .docs(docs)
        .community(community)
        .customization(customization)
        .provenance(Provenance.NONE)
        .build();
  }

  private static <T> List<T> append(List<T> list, T item) {
    var copy = new java.util.ArrayList<>(list);
    copy.add(item);
    return List.copyOf(copy);
  }
}
