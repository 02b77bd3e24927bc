package io.github.advisorcli.advisor.tools;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.advisorcli.advisor.catalog.Architecture;
import io.github.advisorcli.advisor.catalog.CardCompleteness;
import io.github.advisorcli.advisor.catalog.CatalogWriter;
import io.github.advisorcli.advisor.catalog.Fit;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.catalog.TaskVocabulary;
import io.github.advisorcli.advisor.catalog.read.CatalogFormat;
import io.github.advisorcli.advisor.license.License;
import io.github.advisorcli.advisor.license.LicenseCategory;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a catalog of made-up models for benchmarks and tests. The models are shaped like the
 * curated ones (families, architectures, parameter counts on a log scale, context lengths, licenses
 * from the registry, tasks from the vocabulary, benchmarks named as in the vocabulary, docs,
 * community, customization and provenance blocks) and clearly marked: every family is named {@code
 * synthetic-...}, every note says so and every source is on example.org.
 *
 * <p>The output depends only on the count, the seed and the registries: the same three give the
 * same bytes, and a smaller count gives a prefix of the same models. The numbers use {@link
 * StrictMath} so that they do not depend on the platform.
 */
public final class SyntheticCatalog {
  /** The snapshot date of every synthetic catalog and fact. */
  public static final String AS_OF = "2026-01-01";

  /** The note on every synthetic model. */
  public static final String NOTE = "synthetic model for benchmarking";

  private static final int FAMILY_SIZE = 8;
  private static final String SOURCE = "https://example.org/synthetic/";
  private static final String[] STEMS = {
    "aurora", "basalt", "cedar", "delta", "ember", "fjord", "garnet", "harbor", "iris", "juniper",
    "kestrel", "lumen", "meadow", "nimbus", "onyx", "pebble", "quartz", "raven", "sierra", "tundra"
  };
  private static final String[] LANGUAGES = {"zh", "de", "fr", "es", "ja", "ko", "ar", "ru"};
  private static final String[] FRAMEWORKS = {
    "pytorch", "onnx", "gguf", "vllm", "tensorflow", "jax"
  };
  private static final String[] ROUTES = {"full", "lora", "adapters", "prompt-tuning"};

  private final List<String> licenseIds = new ArrayList<>();
  private final List<String> permissive = new ArrayList<>();
  private final List<String> proprietary = new ArrayList<>();
  private final TaskVocabulary tasks;

  public SyntheticCatalog(Registries registries) {
    this.tasks = registries.tasks();
    for (License l : registries.licenses().all()) {
      licenseIds.add(l.id());
      if (l.category() == LicenseCategory.PERMISSIVE
          && (l.id().equals("Apache-2.0") || l.id().equals("MIT"))) {
        permissive.add(l.id());
      }
      if (l.category() == LicenseCategory.PROPRIETARY) {
        proprietary.add(l.id());
      }
    }
    if (licenseIds.isEmpty()) {
      throw new IllegalArgumentException("the license registry is empty");
    }
  }

  /** Writes {@code count} models drawn with {@code seed}, as YAML or JSON. */
  public void write(OutputStream out, int count, long seed, boolean yaml) throws IOException {
    write(out, count, seed, yaml ? CatalogFormat.YAML : CatalogFormat.JSON);
  }

  /** Writes {@code count} models drawn with {@code seed}, as JSON or YAML. */
  public void write(OutputStream out, int count, long seed, CatalogFormat format)
      throws IOException {
    try (CatalogWriter catalog = new CatalogWriter(out, format, AS_OF)) {
      Draw draw = new Draw(new SplittableRandom(seed));
      Family family = null;
      for (int i = 0; i < count; i++) {
        if (i % FAMILY_SIZE == 0) {
          family = family(i / FAMILY_SIZE, draw);
        }
        Family f = family;
        int member = i % FAMILY_SIZE;
        catalog.write(g -> model(g, f, member, draw));
      }
      catalog.finish();
    }
  }

  /** What the models of one family share. */
  private record Family(
      String name,
      String title,
      String organization,
      int lab,
      Architecture architecture,
      String license,
      int year,
      List<String> pool) {}

  private Family family(int f, Draw d) {
    String stem = STEMS[f % STEMS.length];
    int generation = f / STEMS.length;
    double a = d.unit();
    Architecture arch =
        a < 0.30
            ? Architecture.ENCODER
            : a < 0.75
                ? Architecture.DECODER
                : a < 0.90 ? Architecture.ENCODER_DECODER : Architecture.EMBEDDING;
    double l = d.unit();
    String license;
    if (l < 0.6 && !permissive.isEmpty()) {
      license = permissive.get(d.below(permissive.size()));
    } else {
      license = licenseIds.get(d.below(licenseIds.size()));
    }
    int year = 2018 + d.below(8);
    return new Family(
        "synthetic-" + stem + "-" + generation,
        "Synthetic " + capitalize(stem) + " " + generation,
        "Synthetic Lab " + (f % 997),
        f % 997,
        arch,
        license,
        year,
        pool(arch));
  }

  /** The tasks a family of this architecture is drawn from, as far as the vocabulary has them. */
  private List<String> pool(Architecture arch) {
    List<String> wanted =
        switch (arch) {
          case ENCODER ->
              List.of(
                  "classification",
                  "sentiment",
                  "nli",
                  "ner",
                  "extractive-qa",
                  "fill-mask",
                  "embedding");
          case DECODER ->
              List.of(
                  "text-generation",
                  "chat",
                  "generative-qa",
                  "code",
                  "summarization",
                  "translation",
                  "classification");
          case ENCODER_DECODER ->
              List.of(
                  "summarization",
                  "translation",
                  "generative-qa",
                  "text-generation",
                  "classification");
          case EMBEDDING -> List.of("embedding", "classification", "sentiment");
        };
    List<String> pool = new ArrayList<>();
    for (String id : wanted) {
      tasks.find(id).ifPresent(t -> pool.add(t.id()));
    }
    if (pool.isEmpty()) {
      tasks.all().forEach(t -> pool.add(t.id()));
    }
    return pool;
  }

  private void model(JsonGenerator g, Family fam, int variant, Draw d) throws IOException {
    long params = parameters(fam.architecture(), d);
    String size = sizeLabel(params);
    String id = fam.name() + "-" + size + "-" + variant;
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("family", fam.name());
    g.writeStringField("name", fam.title() + " " + size.toUpperCase(Locale.ROOT) + " #" + variant);
    g.writeStringField("organization", fam.organization());
    g.writeNumberField("year", fam.year());
    g.writeStringField("architecture", fam.architecture().id());
    g.writeNumberField("parameters", params);
    Long active = null;
    if (fam.architecture() == Architecture.DECODER && params > 20_000_000_000L && d.chance(0.2)) {
      active = round3((long) (params * (0.05 + 0.2 * d.unit())));
      g.writeNumberField("active_parameters", active);
    }
    g.writeNumberField("context_length", context(fam.architecture(), fam.year(), d));
    String license = d.chance(0.9) ? fam.license() : licenseIds.get(d.below(licenseIds.size()));
    g.writeStringField("license", license);
    g.writeBooleanField("open_weights", !proprietary.contains(license));
    g.writeStringField("hf_repo", "synthetic-lab-" + fam.lab() + "/" + id);
    if (d.chance(0.5)) {
      g.writeStringField("paper", SOURCE + "papers/" + fam.name());
    }
    g.writeArrayFieldStart("languages");
    g.writeString("en");
    for (String lang : LANGUAGES) {
      if (d.chance(0.12)) {
        g.writeString(lang);
      }
    }
    g.writeEndArray();
    List<String> listed = tasks(g, fam, d);
    double quality = quality(params, d);
    benchmarks(g, fam.architecture(), listed, quality, fam.name(), d);
    int released = Math.min(2025, fam.year() + d.below(3));
    String releaseDate = LocalDate.of(released, 1 + d.below(12), 1 + d.below(28)).toString();
    docs(g, fam.architecture(), fam.name(), d);
    community(g, releaseDate, fam.name(), d);
    customization(g, fam.architecture(), fam.name(), d);
    g.writeObjectFieldStart("provenance");
    String card = SOURCE + id;
    sourced(g, "parameters", card);
    if (active != null) {
      sourced(g, "active_parameters", card);
    }
    sourced(g, "context_length", card);
    sourced(g, "license", card);
    g.writeEndObject();
    g.writeStringField("notes", NOTE);
    g.writeEndObject();
  }

  private List<String> tasks(JsonGenerator g, Family fam, Draw d) throws IOException {
    List<String> pool = new ArrayList<>(fam.pool());
    int n = Math.min(pool.size(), 1 + d.below(4));
    List<String> listed = new ArrayList<>();
    g.writeArrayFieldStart("tasks");
    for (int k = 0; k < n; k++) {
      // The first task is the family's usual one half of the time; the rest are drawn from the
      // pool.
      String task = pool.remove(k == 0 && d.chance(0.5) ? 0 : d.below(pool.size()));
      listed.add(task);
      Fit fit =
          k == 0
              ? (d.chance(0.6) ? Fit.STRONG : Fit.GOOD)
              : d.chance(0.3) ? Fit.STRONG : d.chance(0.5) ? Fit.GOOD : Fit.WEAK;
      g.writeStartObject();
      g.writeStringField("id", task);
      g.writeStringField("fit", fit.id());
      if (k == 0) {
        g.writeStringField("why", "synthetic: the family's main task");
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    return listed;
  }

  private void benchmarks(
      JsonGenerator g,
      Architecture arch,
      List<String> listed,
      double quality,
      String family,
      Draw d)
      throws IOException {
    List<String> names = new ArrayList<>();
    for (String taskId : listed) {
      List<String> measured = tasks.find(taskId).map(Task::benchmarks).orElse(List.of());
      if (!measured.isEmpty() && d.chance(0.6)) {
        String name = measured.get(d.below(measured.size()));
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    if (names.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("benchmarks");
    for (String name : names) {
      Metric m = Metric.of(name);
      double q = Math.max(0, Math.min(1, quality + 0.08 * d.gaussian()));
      double value =
          m.lowerIsBetter() ? m.hi() - q * (m.hi() - m.lo()) : m.lo() + q * (m.hi() - m.lo());
      boolean usualSplit = d.chance(0.85);
      String split = m.dev() == usualSplit ? "dev" : "test";
      g.writeStartObject();
      g.writeStringField("name", name);
      g.writeNumberField("value", StrictMath.round(value * 10) / 10.0);
      g.writeStringField("metric", m.name());
      g.writeStringField("split", split);
      g.writeStringField(
          "setting",
          arch == Architecture.DECODER ? (d.chance(0.5) ? "5-shot" : "zero-shot") : "fine-tuned");
      g.writeStringField("source", SOURCE + family + "/eval");
      g.writeStringField("as_of", AS_OF);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void docs(JsonGenerator g, Architecture arch, String family, Draw d)
      throws IOException {
    g.writeObjectFieldStart("docs");
    double c = d.unit();
    g.writeStringField(
        "model_card",
        (c < 0.35
                ? CardCompleteness.COMPLETE
                : c < 0.7
                    ? CardCompleteness.PARTIAL
                    : c < 0.9 ? CardCompleteness.MINIMAL : CardCompleteness.NONE)
            .id());
    g.writeBooleanField("examples", d.chance(0.6));
    g.writeArrayFieldStart("frameworks");
    g.writeString("transformers");
    for (String f : FRAMEWORKS) {
      if (d.chance(0.3)) {
        g.writeString(f);
      }
    }
    if (arch == Architecture.EMBEDDING) {
      g.writeString("sentence-transformers");
    }
    g.writeEndArray();
    g.writeStringField("source", SOURCE + family);
    g.writeStringField("as_of", AS_OF);
    g.writeEndObject();
  }

  private static void community(JsonGenerator g, String released, String family, Draw d)
      throws IOException {
    g.writeObjectFieldStart("community");
    if (d.chance(0.9)) {
      g.writeNumberField("hf_downloads", d.logUniform(8));
    } else {
      g.writeNullField("hf_downloads");
    }
    g.writeNumberField("hf_likes", d.logUniform(4.5));
    if (d.chance(0.7)) {
      g.writeNumberField("github_stars", d.logUniform(5));
    } else {
      g.writeNullField("github_stars");
    }
    g.writeStringField("last_release", released);
    g.writeStringField("source", SOURCE + family);
    g.writeStringField("as_of", AS_OF);
    g.writeEndObject();
  }

  private static void customization(JsonGenerator g, Architecture arch, String family, Draw d)
      throws IOException {
    g.writeObjectFieldStart("customization");
    g.writeArrayFieldStart("fine_tuning");
    for (String route : ROUTES) {
      if (d.chance(route.equals("full") ? 0.7 : 0.4)) {
        g.writeString(route);
      }
    }
    g.writeEndArray();
    g.writeBooleanField("training_code_open", d.chance(0.5));
    g.writeBooleanField("training_data_open", d.chance(0.25));
    g.writeBooleanField("quantized_variants", d.chance(arch == Architecture.DECODER ? 0.7 : 0.3));
    g.writeStringField("source", SOURCE + family + "/training");
    g.writeStringField("as_of", AS_OF);
    g.writeEndObject();
  }

  private static void sourced(JsonGenerator g, String field, String source) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("source", source);
    g.writeStringField("as_of", AS_OF);
    g.writeEndObject();
  }

  /** A total parameter count, log-uniform over the architecture's usual range, 3 digits kept. */
  private static long parameters(Architecture arch, Draw d) {
    double[] range =
        switch (arch) {
          case ENCODER -> new double[] {7.0, 9.2};
          case EMBEDDING -> new double[] {7.3, 9.9};
          case ENCODER_DECODER -> new double[] {7.8, 10.1};
          case DECODER -> new double[] {8.0, 11.6};
        };
    return round3((long) StrictMath.pow(10, range[0] + d.unit() * (range[1] - range[0])));
  }

  private static long context(Architecture arch, int year, Draw d) {
    return switch (arch) {
      case ENCODER -> 512;
      case EMBEDDING -> d.chance(0.7) ? 512 : 8192;
      case ENCODER_DECODER -> 512L << d.below(3);
      case DECODER -> 2048L << Math.min(6, Math.max(0, year - 2020 + d.below(3) - 1));
    };
  }

  /** The model's underlying quality in [0, 1]: larger models tend to score higher. */
  private static double quality(long params, Draw d) {
    double size = (StrictMath.log10(params) - 7) / 4.6;
    return Math.max(0, Math.min(1, 0.3 + 0.5 * size + 0.12 * d.gaussian()));
  }

  static long round3(long n) {
    long scale = 1;
    while (n / scale >= 1000) {
      scale *= 10;
    }
    return Math.max(1, (n + scale / 2) / scale * scale);
  }

  static String sizeLabel(long params) {
    if (params >= 1_000_000_000L) {
      double b = params / 1e9;
      return b >= 10 ? Long.toString(StrictMath.round(b)) + "b" : trim(b) + "b";
    }
    return Long.toString(StrictMath.round(params / 1e6)) + "m";
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The metric, plausible range and usual split of a benchmark, by its name. */
  private record Metric(String name, double lo, double hi, boolean lowerIsBetter, boolean dev) {
    static Metric of(String benchmark) {
      String b = benchmark.toLowerCase(Locale.ROOT);
      if (b.equals("glue") || b.equals("superglue")) {
        return new Metric("average score", 55, 92, false, b.equals("glue"));
      }
      if (b.equals("mteb")) {
        return new Metric("average score", 45, 72, false, false);
      }
      if (b.startsWith("squad") || b.startsWith("cmrc")) {
        return new Metric("F1", 60, 95, false, true);
      }
      if (b.startsWith("conll")) {
        return new Metric("F1", 82, 95, false, false);
      }
      if (b.startsWith("wikitext")) {
        return new Metric("perplexity", 8, 40, true, false);
      }
      if (b.startsWith("cnn") || b.equals("xsum")) {
        return new Metric("ROUGE-L", 25, 45, false, false);
      }
      if (b.startsWith("wmt")) {
        return new Metric("BLEU", 18, 45, false, false);
      }
      if (b.equals("mt-bench")) {
        return new Metric("score", 4, 9.5, false, false);
      }
      if (b.equals("humaneval") || b.equals("mbpp")) {
        return new Metric("pass@1", 10, 90, false, false);
      }
      if (b.equals("sts-b")) {
        return new Metric("Spearman correlation", 75, 92, false, true);
      }
      boolean dev = b.equals("mnli") || b.equals("sst-2");
      return new Metric("accuracy", 30, 95, false, dev);
    }
  }

  /** The random draws, all from one sequence so that the output is reproducible. */
  private static final class Draw {
    private final SplittableRandom random;

    Draw(SplittableRandom random) {
      this.random = random;
    }

    double unit() {
      return random.nextDouble();
    }

    int below(int n) {
      return random.nextInt(n);
    }

    boolean chance(double p) {
      return random.nextDouble() < p;
    }

    double gaussian() {
      double u1 = random.nextDouble();
      double u2 = random.nextDouble();
      return StrictMath.sqrt(-2 * StrictMath.log(1 - u1)) * StrictMath.cos(2 * Math.PI * u2);
    }

    /** An integer from 0 to 10^decades, uniform on a log scale. */
    long logUniform(double decades) {
      return (long) StrictMath.pow(10, random.nextDouble() * decades) - 1;
    }
  }
}
