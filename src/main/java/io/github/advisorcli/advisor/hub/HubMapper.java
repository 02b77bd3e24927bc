package io.github.advisorcli.advisor.hub;

import io.github.advisorcli.advisor.catalog.CardCompleteness;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Community;
import io.github.advisorcli.advisor.catalog.Docs;
import io.github.advisorcli.advisor.catalog.Fit;
import io.github.advisorcli.advisor.catalog.ImportSource;
import io.github.advisorcli.advisor.catalog.Imported;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Provenance;
import io.github.advisorcli.advisor.catalog.Sourced;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.catalog.TaskFit;
import io.github.advisorcli.advisor.catalog.TaskVocabulary;
import io.github.advisorcli.advisor.license.License;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps one Hub entry to a catalog model using only what the entry shows; {@code catalog/README.md}
 * ("Importing from the Hugging Face Hub") documents every rule. It never guesses: an entry without
 * a known license or without evidence of its architecture is skipped with the reason.
 */
public final class HubMapper {
  /** Where a repository's page is; also the source of every imported fact. */
  public static final String HUB = "https://huggingface.co/";

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  /** Hub tags that name a framework the repository ships weights or code for. */
  private static final Map<String, String> FRAMEWORK_TAGS =
      Map.of(
          "pytorch", "pytorch",
          "tf", "tensorflow",
          "jax", "jax",
          "onnx", "onnx",
          "gguf", "gguf");

  /** File endings that hold weights. */
  private static final List<String> WEIGHT_FILES =
      List.of(
          ".safetensors",
          ".bin",
          ".pt",
          ".pth",
          ".ckpt",
          ".h5",
          ".msgpack",
          ".onnx",
          ".gguf",
          ".ggml",
          ".tflite",
          ".nemo",
          ".pb",
          ".mlmodel");

  private final LicenseRegistry licenses;
  private final Map<String, Task> tasksByTag = new HashMap<>();
  private final Catalog curated;
  private final String asOf;

  /**
   * @param licenses the license registry, for license tags and aliases
   * @param tasks the task vocabulary, whose {@code hf_pipeline_tags} map pipeline tags to tasks
   * @param curated the curated catalog an entry may match
   * @param asOf the date of the data, ISO-8601
   */
  public HubMapper(LicenseRegistry licenses, TaskVocabulary tasks, Catalog curated, String asOf) {
    this.licenses = licenses;
    for (Task t : tasks.all()) {
      for (String tag : t.hfPipelineTags()) {
        tasksByTag.putIfAbsent(tag, t);
      }
    }
    this.curated = curated;
    this.asOf = asOf;
  }

  public Outcome map(HubEntry e) {
    String repo = e.repoId();
    if (repo == null) {
      return skip(null, Skip.NO_REPO_ID, null);
    }
    Optional<String> id = HubIds.idFor(repo);
    if (id.isEmpty()) {
      return skip(repo, Skip.BAD_REPO_ID, null);
    }
    if (e.isPrivate()) {
      return skip(repo, Skip.PRIVATE, null);
    }
    if (e.disabled()) {
      return skip(repo, Skip.DISABLED, null);
    }
    Optional<Model> match = curated.find(repo).or(() -> curated.find(id.get()));
    if (match.isPresent()) {
      return merge(e, match.get());
    }
    String organization = e.author() != null ? e.author() : e.owner();
    if (organization == null) {
      return skip(repo, Skip.NO_ORGANIZATION, null);
    }
    LicenseChoice license = license(e);
    if (license.skip != null) {
      return skip(repo, license.skip, license.detail);
    }
    Optional<ArchitectureEvidence.Found> architecture = ArchitectureEvidence.of(e);
    if (architecture.isEmpty()) {
      return skip(repo, Skip.NO_ARCHITECTURE, e.pipelineTag() == null ? "(none)" : e.pipelineTag());
    }
    if (e.siblings() != null && e.siblings().stream().noneMatch(HubMapper::holdsWeights)) {
      return skip(repo, Skip.NO_WEIGHTS, null);
    }
    List<TaskFit> tasks = tasks(e);
    String untasked = null;
    if (tasks.isEmpty()) {
      untasked = e.pipelineTag() == null ? "(none)" : e.pipelineTag();
    }
    String page = HUB + repo;
    Sourced sourced = new Sourced(page, asOf);
    Long parameters =
        e.safetensorsTotal() == null || e.safetensorsTotal() == 0 ? null : e.safetensorsTotal();
    Model model =
        Model.builder()
            .id(id.get())
            .family(family(e, id.get()))
            .name(e.name())
            .organization(organization)
            .architecture(architecture.get().architecture())
            .parameters(parameters)
            .license(license.id)
            .openWeights(true)
            .hfRepo(repo)
            .languages(languages(e))
            .tasks(tasks.isEmpty() ? null : tasks)
            .docs(docs(e, page))
            .community(community(e, page))
            .provenance(new Provenance(parameters == null ? null : sourced, null, null, sourced))
            .notes(notes(e, architecture.get(), untasked))
            .imported(new Imported(ImportSource.HUGGINGFACE_API, asOf))
            .build();
    return new Outcome.Imported(repo, model, untasked);
  }

  private Outcome merge(HubEntry e, Model curatedModel) {
    Community community = community(e, HUB + e.repoId());
    if (community == null) {
      return skip(e.repoId(), Skip.CURATED_WITHOUT_NUMBERS, curatedModel.id());
    }
    Model override = Model.builder().id(curatedModel.id()).community(community).build();
    return new Outcome.Merged(e.repoId(), override);
  }

  /** A license id, or why there is none. */
  private record LicenseChoice(String id, Skip skip, String detail) {}

  private LicenseChoice license(HubEntry e) {
    List<String> declared = e.cardLicenses();
    if (declared.isEmpty() && e.licenseTag() != null) {
      declared = List.of(e.licenseTag());
    }
    if (declared.size() > 1) {
      return new LicenseChoice(null, Skip.SEVERAL_LICENSES, String.join(", ", declared));
    }
    if (declared.isEmpty() || declared.get(0).equalsIgnoreCase("unknown")) {
      return new LicenseChoice(null, Skip.NO_LICENSE, null);
    }
    String tag = declared.get(0);
    if (tag.equalsIgnoreCase("other")) {
      // 'other' means the card names its own license in license_name; use it only when the
      // registry knows that name.
      Optional<License> named =
          e.cardLicenseName() == null ? Optional.empty() : licenses.find(e.cardLicenseName());
      return named
          .map(l -> new LicenseChoice(l.id(), null, null))
          .orElse(new LicenseChoice(null, Skip.LICENSE_OTHER, e.cardLicenseName()));
    }
    return licenses
        .find(tag)
        .map(l -> new LicenseChoice(l.id(), null, null))
        .orElse(new LicenseChoice(null, Skip.UNKNOWN_LICENSE, tag));
  }

  private List<TaskFit> tasks(HubEntry e) {
    Set<String> ids = new LinkedHashSet<>();
    List<TaskFit> fits = new ArrayList<>();
    if (e.pipelineTag() != null && tasksByTag.containsKey(e.pipelineTag())) {
      Task t = tasksByTag.get(e.pipelineTag());
      ids.add(t.id());
      fits.add(new TaskFit(t.id(), Fit.GOOD, "Hub pipeline tag '" + e.pipelineTag() + "'"));
    }
    // The Hub marks chat models with the tag 'conversational', formerly a pipeline tag.
    Task chat = tasksByTag.get("conversational");
    if (chat != null
        && e.tags().contains("conversational")
        && "text-generation".equals(e.pipelineTag())
        && ids.add(chat.id())) {
      fits.add(new TaskFit(chat.id(), Fit.GOOD, "Hub tag 'conversational'"));
    }
    return fits;
  }

  private static String family(HubEntry e, String id) {
    return e.modelType() != null ? e.modelType().toLowerCase(Locale.ROOT) : id;
  }

  private static List<String> languages(HubEntry e) {
    List<String> codes =
        e.cardLanguages().stream()
            .map(l -> l.toLowerCase(Locale.ROOT))
            .filter(l -> LANGUAGE.matcher(l).matches())
            .distinct()
            .toList();
    return codes.isEmpty() ? null : codes;
  }

  private Docs docs(HubEntry e, String page) {
    CardCompleteness card = null;
    if (e.hasCard() || (e.siblings() != null && e.siblings().contains("README.md"))) {
      card = CardCompleteness.MINIMAL;
    } else if (e.siblings() != null) {
      card = CardCompleteness.NONE;
    }
    Set<String> frameworks = new LinkedHashSet<>();
    if (e.libraryName() != null) {
      frameworks.add(e.libraryName());
    }
    for (String tag : e.tags()) {
      if (FRAMEWORK_TAGS.containsKey(tag)) {
        frameworks.add(FRAMEWORK_TAGS.get(tag));
      }
    }
    if (card == null && frameworks.isEmpty()) {
      return null;
    }
    return new Docs(card, null, frameworks.isEmpty() ? null : List.copyOf(frameworks), page, asOf);
  }

  private Community community(HubEntry e, String page) {
    if (e.downloads() == null && e.likes() == null) {
      return null;
    }
    return new Community(e.downloads(), e.likes(), null, null, page, asOf);
  }

  private static String notes(
      HubEntry e, ArchitectureEvidence.Found architecture, String untaskedTag) {
    List<String> parts = new ArrayList<>();
    parts.add("Imported from the Hugging Face Hub; architecture from " + architecture.evidence());
    if (untaskedTag != null) {
      parts.add(
          untaskedTag.equals("(none)")
              ? "no pipeline tag, so no task"
              : "pipeline tag '" + untaskedTag + "' has no advisor task");
    }
    if (e.isGated()) {
      parts.add(
          "gated"
              + (e.gated().equals("manual") ? " (manual approval)" : "")
              + ": accept the terms on the model page to download");
    }
    return String.join("; ", parts) + ".";
  }

  private static boolean holdsWeights(String file) {
    String f = file.toLowerCase(Locale.ROOT);
    return WEIGHT_FILES.stream().anyMatch(f::endsWith);
  }

  private static Outcome skip(String repo, Skip reason, String detail) {
    return new Outcome.Skipped(repo, reason, detail);
  }
}
