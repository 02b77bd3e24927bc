package io.github.advisorcli.advisor.catalog.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.advisorcli.advisor.catalog.Architecture;
import io.github.advisorcli.advisor.catalog.ArchitectureConfig;
import io.github.advisorcli.advisor.catalog.AttentionKind;
import io.github.advisorcli.advisor.catalog.BaseRelation;
import io.github.advisorcli.advisor.catalog.Benchmark;
import io.github.advisorcli.advisor.catalog.Capabilities;
import io.github.advisorcli.advisor.catalog.CardCompleteness;
import io.github.advisorcli.advisor.catalog.Checkpoint;
import io.github.advisorcli.advisor.catalog.Checks;
import io.github.advisorcli.advisor.catalog.Community;
import io.github.advisorcli.advisor.catalog.Customization;
import io.github.advisorcli.advisor.catalog.Dates;
import io.github.advisorcli.advisor.catalog.Docs;
import io.github.advisorcli.advisor.catalog.EcosystemSupport;
import io.github.advisorcli.advisor.catalog.Fit;
import io.github.advisorcli.advisor.catalog.ImportSource;
import io.github.advisorcli.advisor.catalog.Imported;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Provenance;
import io.github.advisorcli.advisor.catalog.Sourced;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.catalog.TaskFit;
import io.github.advisorcli.advisor.catalog.TaskVocabulary;
import io.github.advisorcli.advisor.catalog.TrainingData;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Binds a model entry from a JSON parser field by field, with the same checks and the same values
 * as the strict object mapper ({@link Parsers#json()} with {@link CatalogLoader#modelReader}), at a
 * fraction of the cost. It vouches only for entries that are entirely right: at anything the mapper
 * would refuse, or that this binder does not know (an unknown or repeated key, a null in a list, a
 * value of another type, a check that fails), it gives up with {@link Unsupported}, and the caller
 * reads the entry again with the mapper, which accepts it or describes the problem. So it needs no
 * messages of its own, and what it returns equals what the mapper returns.
 *
 * <p>Repeated keys are caught here, so the parser it reads needs no duplicate detection of its own.
 * One binder is used by one thread at a time.
 */
public final class ModelBinder {
  /** The entry holds something this binder does not vouch for. */
  public static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;
    static final Unsupported INSTANCE = new Unsupported();

    private Unsupported() {
      super("not bound", null, false, false);
    }
  }

  /** The most normalised dates remembered. */
  private static final int MAX_DATES = 4096;

  private static final Map<String, Architecture> ARCHITECTURES =
      ids(Architecture.values(), Architecture::id);
  private static final Map<String, Checkpoint> CHECKPOINTS =
      ids(Checkpoint.values(), Checkpoint::id);
  private static final Map<String, BaseRelation> RELATIONS =
      ids(BaseRelation.values(), BaseRelation::id);
  private static final Map<String, Fit> FITS = ids(Fit.values(), Fit::id);
  private static final Map<String, CardCompleteness> CARDS =
      ids(CardCompleteness.values(), CardCompleteness::id);
  private static final Map<String, AttentionKind> ATTENTION =
      ids(AttentionKind.values(), AttentionKind::id);
  private static final Map<String, ImportSource> IMPORT_SOURCES =
      ids(ImportSource.values(), ImportSource::id);

  private final LicenseRegistry licenses;
  private final TaskVocabulary tasks;
  private final Map<String, String> dates = new HashMap<>();

  /**
   * @param licenses the registry license expressions are normalised by, or null to keep them as
   *     written (as the mapper does without one)
   * @param tasks the vocabulary task ids are resolved in, or null to keep them as written
   */
  public ModelBinder(LicenseRegistry licenses, TaskVocabulary tasks) {
    this.licenses = licenses;
    this.tasks = tasks;
  }

  private static <E> Map<String, E> ids(E[] values, Function<E, String> id) {
    Map<String, E> map = new HashMap<>();
    for (E e : values) {
      map.put(id.apply(e), e);
    }
    return Map.copyOf(map);
  }

  /**
   * The model entry the parser is at (its opening brace), read up to its closing brace.
   *
   * @throws Unsupported when the mapper must read the entry instead
   * @throws IOException when the parser cannot read on; the mapper must read the entry instead
   */
  public Model model(JsonParser p) throws IOException, Unsupported {
    start(p);
    Model.Builder b = Model.builder();
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      int bit;
      switch (field) {
        case "id" -> {
          bit = 0;
          String id = text(p);
          if (id != null && !Checks.isModelId(id)) {
            throw unsupported();
          }
          b.id(id);
        }
        case "family" -> {
          bit = 1;
          b.family(text(p));
        }
        case "name" -> {
          bit = 2;
          b.name(text(p));
        }
        case "organization" -> {
          bit = 3;
          b.organization(text(p));
        }
        case "year" -> {
          bit = 4;
          b.year(year(p));
        }
        case "released" -> {
          bit = 5;
          String released = text(p);
          if (released != null && !Checks.isPartialDate(released)) {
            throw unsupported();
          }
          b.released(released);
        }
        case "architecture" -> {
          bit = 6;
          b.architecture(constant(p, ARCHITECTURES));
        }
        case "checkpoint" -> {
          bit = 7;
          b.checkpoint(constant(p, CHECKPOINTS));
        }
        case "cased" -> {
          bit = 8;
          b.cased(bool(p));
        }
        case "parameters" -> {
          bit = 9;
          b.parameters(whole(p, 1));
        }
        case "active_parameters" -> {
          bit = 10;
          b.activeParameters(whole(p, 1));
        }
        case "context_length" -> {
          bit = 11;
          b.contextLength(whole(p, 1));
        }
        case "license" -> {
          bit = 12;
          b.license(license(p));
        }
        case "open_weights" -> {
          bit = 13;
          b.openWeights(bool(p));
        }
        case "hf_repo" -> {
          bit = 14;
          b.hfRepo(text(p));
        }
        case "aliases" -> {
          bit = 15;
          b.aliases(texts(p));
        }
        case "paper" -> {
          bit = 16;
          b.paper(url(p));
        }
        case "languages" -> {
          bit = 17;
          b.languages(texts(p));
        }
        case "base_model" -> {
          bit = 18;
          b.baseModel(text(p));
        }
        case "base_relation" -> {
          bit = 19;
          b.baseRelation(constant(p, RELATIONS));
        }
        case "training_data" -> {
          bit = 20;
          b.trainingData(mappings(p, this::trainingDataEntry));
        }
        case "tasks" -> {
          bit = 21;
          b.tasks(mappings(p, this::taskFit));
        }
        case "benchmarks" -> {
          bit = 22;
          b.benchmarks(mappings(p, this::benchmark));
        }
        case "config" -> {
          bit = 23;
          b.config(config(p));
        }
        case "capabilities" -> {
          bit = 24;
          b.capabilities(capabilities(p));
        }
        case "docs" -> {
          bit = 25;
          b.docs(docs(p));
        }
        case "community" -> {
          bit = 26;
          b.community(community(p));
        }
        case "ecosystem" -> {
          bit = 27;
          b.ecosystem(mappings(p, this::ecosystemSupport));
        }
        case "customization" -> {
          bit = 28;
          b.customization(customization(p));
        }
        case "provenance" -> {
          bit = 29;
          b.provenance(provenance(p));
        }
        case "notes" -> {
          bit = 30;
          b.notes(text(p));
        }
        case "imported" -> {
          bit = 31;
          b.imported(imported(p));
        }
        default -> throw unsupported();
      }
      seen = once(seen, bit);
    }
    end(p);
    return b.build();
  }

  // ------------------------------------------------------------------------- nested mappings

  private TaskFit taskFit(JsonParser p) throws IOException, Unsupported {
    String id = null;
    Fit fit = null;
    String why = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> {
          seen = once(seen, 0);
          id = taskId(p);
        }
        case "fit" -> {
          seen = once(seen, 1);
          fit = constant(p, FITS);
        }
        case "why" -> {
          seen = once(seen, 2);
          why = text(p);
        }
        default -> throw unsupported();
      }
    }
    end(p);
    return new TaskFit(id, fit, why);
  }

  private Benchmark benchmark(JsonParser p) throws IOException, Unsupported {
    String name = null;
    Double value = null;
    String metric = null;
    String split = null;
    String setting = null;
    String source = null;
    String asOf = null;
    String note = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "name" -> {
          seen = once(seen, 0);
          name = text(p);
        }
        case "value" -> {
          seen = once(seen, 1);
          value = finite(p);
        }
        case "metric" -> {
          seen = once(seen, 2);
          metric = text(p);
        }
        case "split" -> {
          seen = once(seen, 3);
          split = text(p);
          if (split != null && !Checks.isSplit(split)) {
            throw unsupported();
          }
        }
        case "setting" -> {
          seen = once(seen, 4);
          setting = text(p);
        }
        case "source" -> {
          seen = once(seen, 5);
          source = url(p);
        }
        case "as_of" -> {
          seen = once(seen, 6);
          asOf = date(p);
        }
        case "note" -> {
          seen = once(seen, 7);
          note = text(p);
        }
        default -> throw unsupported();
      }
    }
    end(p);
    return new Benchmark(name, value, metric, split, setting, source, asOf, note);
  }

  private Docs docs(JsonParser p) throws IOException, Unsupported {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    start(p);
    CardCompleteness card = null;
    Boolean examples = null;
    List<String> frameworks = null;
    String source = null;
    String asOf = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "model_card" -> {
          seen = once(seen, 0);
          card = constant(p, CARDS);
        }
        case "examples" -> {
          seen = once(seen, 1);
          examples = bool(p);
        }
        case "frameworks" -> {
          seen = once(seen, 2);
          frameworks = texts(p);
        }
        case "source" -> {
          seen = once(seen, 3);
          source = url(p);
        }
        case "as_of" -> {
          seen = once(seen, 4);
          asOf = date(p);
        }
        default -> throw unsupported();
      }
    }
    end(p);
    return new Docs(card, examples, frameworks, source, asOf);
  }

  private Community community(JsonParser p) throws IOException, Unsupported {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    start(p);
    Long downloads = null;
    Long likes = null;
    Long stars = null;
    String lastRelease = null;
    String source = null;
    String asOf = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "hf_downloads" -> {
          seen = once(seen, 0);
          downloads = whole(p, 0);
        }
        case "hf_likes" -> {
          seen = once(seen, 1);
          likes = whole(p, 0);
        }
        case "github_stars" -> {
          seen = once(seen, 2);
          stars = whole(p, 0);
        }
        case "last_release" -> {
          seen = once(seen, 3);
          lastRelease = date(p);
        }
        case "source" -> {
          seen = once(seen, 4);
          source = url(p);
        }
        case "as_of" -> {
          seen = once(seen, 5);
          asOf = date(p);
        }
        default -> throw unsupported();
      }
    }
    end(p);
    return new Community(downloads, likes, stars, lastRelease, source, asOf);
  }

  private Customization customization(JsonParser p) throws IOException, Unsupported {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    start(p);
    List<String> fineTuning = null;
    Boolean code = null;
    Boolean data = null;
    Boolean quantized = null;
    String source = null;
    String asOf = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "fine_tuning" -> {
          seen = once(seen, 0);
          fineTuning = texts(p);
        }
        case "training_code_open" -> {
          seen = once(seen, 1);
          code = bool(p);
        }
        case "training_data_open" -> {
          seen = once(seen, 2);
          data = bool(p);
        }
        case "quantized_variants" -> {
          seen = once(seen, 3);
          quantized = bool(p);
        }
        case "source" -> {
          seen = once(seen, 4);
          source = url(p);
        }
        case "as_of" -> {
          seen = once(seen, 5);
          asOf = date(p);
        }
        default -> throw unsupported();
      }
    }
    end(p);
    return new Customization(fineTuning, code, data, quantized, source, asOf);
  }

  private Provenance provenance(JsonParser p) throws IOException, Unsupported {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    start(p);
    Sourced parameters = null;
    Sourced active = null;
    Sourced context = null;
    Sourced license = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "parameters" -> {
          seen = once(seen, 0);
          parameters = sourced(p);
        }
        case "active_parameters" -> {
          seen = once(seen, 1);
          active = sourced(p);
        }
        case "context_length" -> {
          seen = once(seen, 2);
          context = sourced(p);
        }
        case "license" -> {
          seen = once(seen, 3);
          license = sourced(p);
        }
        default -> throw unsupported();
      }
    }
    end(p);
    return new Provenance(parameters, active, context, license);
  }

  private Sourced sourced(JsonParser p) throws IOException, Unsupported {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    start(p);
    String source = null;
    String asOf = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "source" -> {
          seen = once(seen, 0);
          source = url(p);
        }
        case "as_of" -> {
          seen = once(seen, 1);
          asOf = date(p);
        }
        default -> throw unsupported();
      }
    }
    end(p);
    return new Sourced(source, asOf);
  }

  private TrainingData trainingDataEntry(JsonParser p) throws IOException, Unsupported {
    String name = null;
    String license = null;
    String source = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "name" -> {
          seen = once(seen, 0);
          name = text(p);
        }
        case "license" -> {
          seen = once(seen, 1);
          license = license(p);
        }
        case "source" -> {
          seen = once(seen, 2);
          source = url(p);
        }
        default -> throw unsupported();
      }
    }
    end(p);
    return new TrainingData(name, license, source);
  }

  private EcosystemSupport ecosystemSupport(JsonParser p) throws IOException, Unsupported {
    String name = null;
    String source = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "name" -> {
          seen = once(seen, 0);
          name = text(p);
          if (name != null && !Checks.isRuntime(name)) {
            throw unsupported();
          }
        }
        case "source" -> {
          seen = once(seen, 1);
          source = url(p);
        }
        default -> throw unsupported();
      }
    }
    end(p);
    return new EcosystemSupport(name, source);
  }

  private Capabilities capabilities(JsonParser p) throws IOException, Unsupported {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    start(p);
    Boolean tools = null;
    Boolean images = null;
    Boolean reasoning = null;
    String source = null;
    String asOf = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "tool_calling" -> {
          seen = once(seen, 0);
          tools = bool(p);
        }
        case "image_input" -> {
          seen = once(seen, 1);
          images = bool(p);
        }
        case "reasoning_mode" -> {
          seen = once(seen, 2);
          reasoning = bool(p);
        }
        case "source" -> {
          seen = once(seen, 3);
          source = url(p);
        }
        case "as_of" -> {
          seen = once(seen, 4);
          asOf = date(p);
        }
        default -> throw unsupported();
      }
    }
    end(p);
    return new Capabilities(tools, images, reasoning, source, asOf);
  }

  private ArchitectureConfig config(JsonParser p) throws IOException, Unsupported {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    start(p);
    Long[] numbers = new Long[14];
    AttentionKind attention = null;
    String source = null;
    String asOf = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      int i =
          switch (field) {
            case "layers" -> 0;
            case "hidden_size" -> 1;
            case "attention_heads" -> 2;
            case "kv_heads" -> 3;
            case "head_dim" -> 4;
            case "sliding_window" -> 5;
            case "sliding_layers" -> 6;
            case "kv_lora_rank" -> 7;
            case "qk_rope_head_dim" -> 8;
            case "linear_layers" -> 9;
            case "experts" -> 10;
            case "experts_per_token" -> 11;
            case "vocab_size" -> 12;
            case "attention" -> 13;
            case "source" -> 14;
            case "as_of" -> 15;
            default -> throw unsupported();
          };
      seen = once(seen, i);
      switch (i) {
        case 13 -> attention = constant(p, ATTENTION);
        case 14 -> source = url(p);
        case 15 -> asOf = date(p);
        default -> numbers[i] = whole(p, i == 6 || i == 9 ? 0 : 1);
      }
    }
    end(p);
    return new ArchitectureConfig(
        numbers[0],
        numbers[1],
        numbers[2],
        numbers[3],
        numbers[4],
        attention,
        numbers[5],
        numbers[6],
        numbers[7],
        numbers[8],
        numbers[9],
        numbers[10],
        numbers[11],
        numbers[12],
        source,
        asOf);
  }

  private Imported imported(JsonParser p) throws IOException, Unsupported {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    start(p);
    ImportSource from = null;
    String asOf = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "from" -> {
          seen = once(seen, 0);
          from = constant(p, IMPORT_SOURCES);
        }
        case "as_of" -> {
          seen = once(seen, 1);
          asOf = date(p);
        }
        default -> throw unsupported();
      }
    }
    end(p);
    return new Imported(from, asOf);
  }

  // ------------------------------------------------------------------------------- values

  private static Unsupported unsupported() {
    return Unsupported.INSTANCE;
  }

  /** Marks field {@code bit} as seen; a repeated key gives up. */
  private static long once(long seen, int bit) throws Unsupported {
    long mask = 1L << bit;
    if ((seen & mask) != 0) {
      throw unsupported();
    }
    return seen | mask;
  }

  private static void start(JsonParser p) throws Unsupported {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw unsupported();
    }
  }

  /** After the fields: the mapping must have closed (not ended in anything else). */
  private static void end(JsonParser p) throws Unsupported {
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw unsupported();
    }
  }

  private static <T> List<T> startList(JsonParser p) throws Unsupported {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw unsupported();
    }
    return new ArrayList<>();
  }

  /** Reads one mapping of a list, from its first field to its end. */
  @FunctionalInterface
  private interface Mapping<T> {
    T read(JsonParser p) throws IOException, Unsupported;
  }

  /** A list of mappings, each read by {@code mapping}; null for null. */
  private static <T> List<T> mappings(JsonParser p, Mapping<T> mapping)
      throws IOException, Unsupported {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    List<T> list = startList(p);
    while (next(p)) {
      list.add(mapping.read(p));
    }
    return list;
  }

  /** Moves to the next element of a list of mappings; false at its end. */
  private static boolean next(JsonParser p) throws IOException, Unsupported {
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      return false;
    }
    if (t != JsonToken.START_OBJECT) {
      throw unsupported();
    }
    return true;
  }

  /** Text, or null for null (as the mapper reads null for any field of a record). */
  private String text(JsonParser p) throws IOException, Unsupported {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw unsupported();
    }
    return strings.of(p);
  }

  private final Strings strings = new Strings();

  /**
   * The strings read so far, to hand out again when the same text comes again (as dates, sources,
   * licenses, languages and task ids do in every entry) instead of making a new string each time.
   */
  private static final class Strings {
    /** Longer text is always made anew. */
    private static final int MAX_LENGTH = 96;

    /** The most strings kept; past it, new text is not kept. */
    private static final int MAX_KEPT = 1 << 14;

    private final String[] values = new String[MAX_KEPT * 2];
    private final char[][] keys = new char[MAX_KEPT * 2][];
    private final int[] hashes = new int[MAX_KEPT * 2];
    private int kept;

    String of(JsonParser p) throws IOException {
      int length = p.getTextLength();
      if (length > MAX_LENGTH) {
        return p.getText();
      }
      char[] text = p.getTextCharacters();
      int offset = p.getTextOffset();
      int hash = 0;
      for (int i = 0; i < length; i++) {
        hash = 31 * hash + text[offset + i];
      }
      int mask = values.length - 1;
      int slot = (hash ^ (hash >>> 16)) & mask;
      while (values[slot] != null) {
        if (hashes[slot] == hash
            && java.util.Arrays.equals(
                keys[slot], 0, keys[slot].length, text, offset, offset + length)) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      String value = new String(text, offset, length);
      if (kept < MAX_KEPT) {
        values[slot] = value;
        keys[slot] = java.util.Arrays.copyOfRange(text, offset, offset + length);
        hashes[slot] = hash;
        kept++;
      }
      return value;
    }
  }

  /** A list of text; a null in it gives up, as the mapper refuses it. */
  private List<String> texts(JsonParser p) throws IOException, Unsupported {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    List<String> list = startList(p);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_STRING) {
        throw unsupported();
      }
      list.add(strings.of(p));
    }
    return list;
  }

  private static Boolean bool(JsonParser p) throws Unsupported {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    throw unsupported();
  }

  private <E> E constant(JsonParser p, Map<String, E> ids) throws IOException, Unsupported {
    String id = text(p);
    if (id == null) {
      return null;
    }
    E e = ids.get(id);
    if (e == null) {
      throw unsupported();
    }
    return e;
  }

  /** As {@code Checks.PositiveLong} ({@code min} 1) and {@code Checks.NonNegativeLong} (0). */
  private static Long whole(JsonParser p, long min) throws IOException, Unsupported {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw unsupported();
    }
    long value = p.getLongValue();
    if (value < min) {
      throw unsupported();
    }
    return value;
  }

  /** As {@code Checks.Year}. */
  private static Integer year(JsonParser p) throws IOException, Unsupported {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() < 1950
        || p.getIntValue() > 2100) {
      throw unsupported();
    }
    return p.getIntValue();
  }

  /** As {@code Checks.Finite}. */
  private static Double finite(JsonParser p) throws IOException, Unsupported {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw unsupported();
    }
    double value = p.getDoubleValue();
    if (!Double.isFinite(value)) {
      throw unsupported();
    }
    return value;
  }

  private String url(JsonParser p) throws IOException, Unsupported {
    String value = text(p);
    if (value != null && !Checks.isUrl(value)) {
      throw unsupported();
    }
    return value;
  }

  /** As {@code Checks.IsoDate}: the date, normalised. */
  private String date(JsonParser p) throws IOException, Unsupported {
    String value = text(p);
    if (value == null) {
      return null;
    }
    String known = dates.get(value);
    if (known != null) {
      return known;
    }
    String normal;
    try {
      normal = Dates.parse(value).toString();
    } catch (DateTimeParseException e) {
      throw unsupported();
    }
    if (dates.size() >= MAX_DATES) {
      dates.clear();
    }
    dates.put(value, normal);
    return normal;
  }

  /** As {@code Checks.LicenseExpression}. */
  private String license(JsonParser p) throws IOException, Unsupported {
    String value = text(p);
    if (value == null || licenses == null) {
      return value;
    }
    try {
      return licenses.normalize(value);
    } catch (RuntimeException e) {
      throw unsupported();
    }
  }

  /** As {@code Checks.TaskId}. */
  private String taskId(JsonParser p) throws IOException, Unsupported {
    String value = text(p);
    if (value == null || tasks == null) {
      return value;
    }
    Optional<Task> task = tasks.find(value);
    if (task.isEmpty()) {
      throw unsupported();
    }
    return task.get().id();
  }
}
