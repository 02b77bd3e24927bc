package io.github.advisorcli.advisor.catalog;

import io.github.advisorcli.advisor.SourceLocation;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules across a catalog's entries, in one place for every way a catalog is read: loaded,
 * compiled into the bundle, and streamed. Entries are checked in the order they come, file by file
 * and within a file from the top, each against the entries before it, and the first entry that
 * breaks a rule is blamed at its own {@code file:line:column}. For each entry, in this order:
 *
 * <ol>
 *   <li>its id must not appear earlier in the same file (in an earlier file, it overrides that
 *       model field by field);
 *   <li>its id must not be an alias or repo id of another model;
 *   <li>a new id must have every required field;
 *   <li>each alias and the repo id, case-insensitively, must not be the id, an alias or the repo id
 *       of another model. An override's aliases and repo id, when given, replace the earlier ones.
 * </ol>
 */
public final class CatalogIndex {
  /** What is known of a model id: where its file defined it last, and its lookup keys. */
  private record Defined(int file, SourceLocation where, List<String> aliases, String hfRepo) {}

  private final Map<String, Defined> ids = new HashMap<>();

  /** Every id (as written) and lookup key (in lower case), to the id of the model it names. */
  private final Map<String, String> owners = new HashMap<>();

  private int file;

  /** Checks and indexes a file's entries, in order, as a new file. */
  public void add(CatalogFile catalogFile) {
    nextFile();
    for (CatalogFile.Entry entry : catalogFile.entries()) {
      add(entry.model(), entry.location());
    }
  }

  /** Entries from here on belong to a new file. */
  public void nextFile() {
    file++;
  }

  /** Checks one entry of the current file against everything before it, and indexes it. */
  public void add(Model model, SourceLocation where) {
    add(model.id(), model.aliases(), model.hfRepo(), model.missingRequired(), where);
  }

  /**
   * Checks one entry of the current file against everything before it, and indexes it.
   *
   * @param aliases its aliases, or null if it names none
   * @param hfRepo its Hugging Face repo id, or null
   * @param missing the required fields it lacks, in snake_case
   * @throws CatalogException at the first rule it breaks
   */
  public void add(
      String id, List<String> aliases, String hfRepo, List<String> missing, SourceLocation where) {
    Defined earlier = ids.get(id);
    if (earlier != null && earlier.file() == file) {
      throw new CatalogException(
          "duplicate model id '" + id + "' (first defined at line " + earlier.where().line() + ")",
          where);
    }
    if (earlier == null) {
      String other = owners.get(id);
      if (other != null && !other.equals(id)) {
        throw new CatalogException(
            "model id '" + id + "' is already an alias of '" + other + "'", where);
      }
      if (!missing.isEmpty()) {
        throw new CatalogException(
            "model '"
                + id
                + "' is missing required field"
                + (missing.size() > 1 ? "s " : " ")
                + String.join(", ", missing),
            where);
      }
      owners.put(id, id);
    } else {
      aliases = aliases != null ? aliases : earlier.aliases();
      hfRepo = hfRepo != null ? hfRepo : earlier.hfRepo();
      for (String key : keys(earlier.aliases(), earlier.hfRepo())) {
        owners.remove(key.toLowerCase(Locale.ROOT), id);
      }
      owners.put(id, id);
    }
    ids.put(id, new Defined(file, where, aliases, hfRepo));
    for (String key : keys(aliases, hfRepo)) {
      String lower = key.toLowerCase(Locale.ROOT);
      if (lower.equals(id)) {
        continue;
      }
      String other = owners.putIfAbsent(lower, id);
      if (other != null && !other.equals(id)) {
        throw new CatalogException(
            "alias '"
                + key
                + "' of model '"
                + id
                + "' is already the id or an alias of '"
                + other
                + "'",
            where);
      }
    }
  }

  /** Every id (as written) and lookup key (in lower case), to the id of the model it names. */
  Map<String, String> owners() {
    return owners;
  }

  /** The lookup keys of a model besides its id: its aliases, then its repo id. */
  public static Set<String> keys(List<String> aliases, String hfRepo) {
    if (aliases == null || aliases.isEmpty()) {
      return hfRepo == null ? Set.of() : Set.of(hfRepo);
    }
    Set<String> keys = new LinkedHashSet<>(aliases);
    if (hfRepo != null) {
      keys.add(hfRepo);
    }
    return keys;
  }
}
