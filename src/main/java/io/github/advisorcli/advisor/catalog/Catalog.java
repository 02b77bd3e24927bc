package io.github.advisorcli.advisor.catalog;

import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The merged, validated set of models with the registries they refer to. Models are kept sorted by
 * id, so nothing downstream depends on the order of files or entries.
 */
public final class Catalog {
  private final List<Model> models;
  private final Map<String, Model> byKey;
  private final Map<String, SourceLocation> locations;
  private final LicenseRegistry licenses;
  private final TaskVocabulary tasks;
  private final List<Profile> profiles;
  private final String asOf;

  private Catalog(
      List<Model> models,
      Map<String, Model> byKey,
      Map<String, SourceLocation> locations,
      Registries registries,
      String asOf) {
    this.models = models;
    this.byKey = byKey;
    this.locations = locations;
    this.licenses = registries.licenses();
    this.tasks = registries.tasks();
    this.profiles = registries.profiles();
    this.asOf = asOf;
  }

  /**
   * Merges catalog files in order: a later entry with an existing id overrides it field by field; a
   * new id is added and must have every required field. The rules across entries are {@link
   * CatalogIndex}'s.
   */
  public static Catalog merge(List<CatalogFile> files, Registries registries) {
    CatalogIndex index = new CatalogIndex();
    Map<String, Model> merged = new LinkedHashMap<>();
    Map<String, SourceLocation> locations = new HashMap<>();
    String asOf = null;
    for (CatalogFile file : files) {
      if (file.asOf() != null && (asOf == null || file.asOf().compareTo(asOf) > 0)) {
        asOf = file.asOf();
      }
      index.nextFile();
      for (CatalogFile.Entry entry : file.entries()) {
        Model model = entry.model();
        index.add(model, entry.location());
        merged.merge(model.id(), model, (earlier, later) -> earlier.overriddenBy(later));
        locations.put(model.id(), entry.location());
      }
    }
    if (merged.isEmpty()) {
      throw new CatalogException(
          "the catalog is empty: no models were given",
          SourceLocation.of(files.isEmpty() ? "(no catalog)" : files.get(files.size() - 1).name()));
    }
    Map<String, Model> byId = new HashMap<>();
    List<Model> models = new ArrayList<>();
    for (Model m : merged.values()) {
      Model normalized = m.normalized();
      models.add(normalized);
      byId.put(normalized.id(), normalized);
    }
    models.sort((a, b) -> a.id().compareTo(b.id()));
    Map<String, Model> byKey = new HashMap<>();
    index.owners().forEach((key, id) -> byKey.put(key, byId.get(id)));
    return new Catalog(List.copyOf(models), byKey, locations, registries, asOf);
  }

  public List<Model> models() {
    return models;
  }

  public int size() {
    return models.size();
  }

  /** The model with this id, alias or Hugging Face repo id, case-insensitively. */
  public Optional<Model> find(String key) {
    Model exact = byKey.get(key);
    return Optional.ofNullable(exact != null ? exact : byKey.get(key.toLowerCase(Locale.ROOT)));
  }

  /** Models of a family, sorted by id. */
  public List<Model> family(String family) {
    return models.stream().filter(m -> m.family().equalsIgnoreCase(family)).toList();
  }

  /** Every id, alias, repo id and family name, for suggestions and completion. */
  public Collection<String> names() {
    Set<String> names = new LinkedHashSet<>();
    for (Model m : models) {
      names.add(m.id());
      names.addAll(m.aliases());
      if (m.hfRepo() != null) {
        names.add(m.hfRepo());
      }
      names.add(m.family());
    }
    return names;
  }

  public Optional<SourceLocation> location(String id) {
    return Optional.ofNullable(locations.get(id));
  }

  public LicenseRegistry licenses() {
    return licenses;
  }

  public TaskVocabulary tasks() {
    return tasks;
  }

  public List<Profile> profiles() {
    return profiles;
  }

  /** The newest snapshot date of the files merged, or null. */
  public String asOf() {
    return asOf;
  }
}
