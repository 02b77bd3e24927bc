package io.github.advisorcli.advisor.bom;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.TrainingData;
import io.github.advisorcli.advisor.check.CheckReport;
import io.github.advisorcli.advisor.license.License;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What every compliance document says about a checked manifest: each model with its catalog entry,
 * licenses and verdict, and the data sets they name in their lineage.
 *
 * @param manifest the manifest as the user named it
 * @param passed whether the check passed
 * @param models the manifest's models, in manifest order
 * @param datasets the data sets the models' training data names, each once, in first-use order
 * @param created when the document is made, to the second
 * @param tool advisor's version
 */
public record BillOfMaterials(
    String manifest,
    boolean passed,
    List<Item> models,
    List<Dataset> datasets,
    Instant created,
    String tool) {

  /**
   * One model of the manifest.
   *
   * @param checked the check's verdict on it
   * @param model its catalog entry
   * @param licenses the licenses its license expression names, from the registry
   * @param status {@code pass}, {@code fail} or {@code excepted}
   * @param datasets the data sets it was trained on, as listed in {@link #datasets()}
   */
  public record Item(
      CheckReport.Checked checked,
      Model model,
      List<License> licenses,
      String status,
      List<Dataset> datasets) {
    /** The pinned commit of the model's repository, or null. */
    public String revision() {
      return checked.use().revision();
    }

    /** The model's page on the Hugging Face Hub, or null when the catalog names no repository. */
    public String hubUrl() {
      return model.hfRepo() == null ? null : "https://huggingface.co/" + model.hfRepo();
    }

    /**
     * The package URL {@code pkg:huggingface/ORG/NAME@REVISION} (the revision only when pinned), or
     * null when the catalog names no Hub repository.
     */
    public String purl() {
      String repo = model.hfRepo();
      if (repo == null) {
        return null;
      }
      int slash = repo.indexOf('/');
      try {
        return new com.github.packageurl.PackageURL(
                "huggingface",
                slash > 0 ? repo.substring(0, slash) : null,
                repo.substring(slash + 1),
                revision(),
                null,
                null)
            .canonicalize();
      } catch (com.github.packageurl.MalformedPackageURLException e) {
        return null;
      }
    }
  }

  /**
   * A data set named in a model's lineage.
   *
   * @param ref a stable reference within the document, {@code dataset-N}
   * @param data its catalog record
   * @param licenses the licenses its license expression names, empty when not in the registry
   */
  public record Dataset(String ref, TrainingData data, List<License> licenses) {}

  /** The bill for a checked manifest, made at {@code created} (cut to the second). */
  public static BillOfMaterials of(
      CheckReport report, Catalog catalog, Instant created, String tool) {
    Map<String, Dataset> datasets = new LinkedHashMap<>();
    List<Item> items = new ArrayList<>();
    for (CheckReport.Checked c : report.models()) {
      Model m = catalog.find(c.modelId()).orElseThrow();
      List<Dataset> used = new ArrayList<>();
      if (m.trainingData() != null) {
        for (TrainingData t : m.trainingData()) {
          String key = t.name().toLowerCase(Locale.ROOT);
          Dataset d =
              datasets.computeIfAbsent(
                  key,
                  k ->
                      new Dataset(
                          "dataset-" + (datasets.size() + 1),
                          t,
                          t.license() == null
                              ? List.of()
                              : catalog.licenses().licensesIn(t.license())));
          if (!used.contains(d)) {
            used.add(d);
          }
        }
      }
      items.add(
          new Item(
              c,
              m,
              catalog.licenses().licensesIn(m.license()),
              report.status(c),
              List.copyOf(used)));
    }
    return new BillOfMaterials(
        report.manifest().file(),
        report.passed(),
        List.copyOf(items),
        List.copyOf(datasets.values()),
        created.truncatedTo(ChronoUnit.SECONDS),
        tool);
  }

  /**
   * When a document is made: {@code SOURCE_DATE_EPOCH} (seconds since 1970, as reproducible builds
   * set it) when given, else now.
   *
   * @throws AdvisorException when {@code SOURCE_DATE_EPOCH} is not a number of seconds
   */
  public static Instant created(String sourceDateEpoch, Instant now) {
    if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
      return now;
    }
    try {
      return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.trim()));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new AdvisorException(
          "SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01, not '"
              + sourceDateEpoch
              + "'");
    }
  }

  /**
   * A name-based UUID for this document: the same manifest, models and time give the same one, and
   * any change gives another.
   */
  public UUID serial() {
    StringBuilder key = new StringBuilder(manifest).append('\n').append(created);
    for (Item i : models) {
      key.append('\n').append(i.model().id()).append('@').append(i.revision());
    }
    return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
  }
}
