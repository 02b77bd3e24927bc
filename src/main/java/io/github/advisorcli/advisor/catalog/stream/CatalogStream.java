package io.github.advisorcli.advisor.catalog.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.CatalogException;
import io.github.advisorcli.advisor.catalog.CatalogIndex;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.catalog.read.CatalogLoader;
import io.github.advisorcli.advisor.catalog.read.ModelBinder;
import io.github.advisorcli.advisor.catalog.read.ParseErrors;
import io.github.advisorcli.advisor.catalog.read.Parsers;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One catalog file read model by model, for catalogs too large to hold in memory. Memory stays
 * bounded by one model, a twelve-byte fingerprint per id and lookup key, and whatever the consumer
 * keeps.
 *
 * <p>The first pass ({@link #scan}) makes every check that loading the file on its own with {@code
 * --no-default-catalog} makes: the per-model checks of {@link CatalogLoader}'s binding (types,
 * ranges, license and task ids, with {@code file:line:column}), then the rules across entries
 * (repeated ids, clashing aliases, missing required fields), which {@link CatalogIndex} applies in
 * file order exactly as it does for a loaded catalog, so the same entry is blamed with the same
 * words. To keep memory bounded, the first pass only notes which ids and keys may repeat, by
 * fingerprint; a confirming pass reads those entries' ids and keys again and hands them, in file
 * order, to the index. The models it hands on are normalised exactly as {@link Catalog} normalises
 * them, with where they lie in the file, so that a later pass ({@link #read}) can read only the
 * entries it needs. Only JSON files are read this way: byte offsets are what make the second pass
 * cheap.
 */
public final class CatalogStream {
  /** The most suspected clashes the first pass keeps for the confirming pass. */
  private static final int MAX_SUSPECTS = 10_000;

  /**
   * What the first pass found.
   *
   * @param asOf the file's snapshot date, or null
   * @param models how many models the file has
   */
  public record Summary(String asOf, int models) {}

  /** Receives each model, normalised, with where it lies in the file. */
  @FunctionalInterface
  public interface Consumer {
    /**
     * Called once before the first model, with the file's {@code as_of} if it precedes the model
     * list; null if it is not known yet (it may follow the list, or be absent).
     */
    default void begin(String asOf) {}

    /**
     * Receives a model. With several threads, this is called from all of them at once and in no
     * particular order.
     */
    void accept(Span span, Model model);

    /**
     * Forgets every model received: the pass starts again on one thread, in file order. Called only
     * after a read on several threads gave up.
     */
    default void restart() {}
  }

  /**
   * Where a model entry lies in the file.
   *
   * @param index its place in the model list, from 0
   * @param offset where its mapping starts, in bytes
   * @param length its length in bytes
   */
  public record Span(int index, long offset, int length) {}

  private final Path path;
  private final String name;
  private final CatalogLoader loader;
  private final int threads;
  private long size = -1;
  private FileTime modified;

  /**
   * @param path the file
   * @param name how messages name it
   * @param registries the licenses and tasks its models may refer to
   * @param threads how many threads bind models in the first pass; 1 reads on the caller's thread
   */
  public CatalogStream(Path path, String name, Registries registries, int threads) {
    if (!Parsers.isJson(path)) {
      throw new IllegalArgumentException("only JSON catalogs are read as a stream: " + name);
    }
    this.path = path;
    this.name = name;
    this.loader = new CatalogLoader(registries.licenses(), registries.tasks());
    this.threads = threads;
  }

  /**
   * Reads and checks every model, handing each valid one to the consumer: in file order on one
   * thread, in any order on several.
   */
  public Summary scan(Consumer consumer) {
    CatalogLoader.checkFile(path, name, "a catalog file");
    stamp();
    if (threads > 1) {
      Checker checker = new Checker(consumer);
      CatalogLoader.Header header =
          new ParallelScan(path, name, loader, threads, ParallelScan.CHUNK).read(checker);
      if (header != null && !checker.overflowed) {
        checker.finish();
        unchanged();
        return new Summary(header.asOf(), header.models());
      }
      // Something is wrong or unusual: one thread reads the file again and says what.
      consumer.restart();
    }
    Checker checker = new Checker(consumer);
    CatalogLoader.Header header = loader.read(path, name, checker);
    checker.finish();
    unchanged();
    return new Summary(header.asOf(), header.models());
  }

  /**
   * Reads again the models at the given spans, in file order. The file must not have changed since
   * {@link #scan}.
   */
  public void read(List<Span> spans, Consumer consumer) {
    unchanged();
    List<Span> ordered = new ArrayList<>(spans);
    ordered.sort(Comparator.comparingLong(Span::offset));
    ObjectReader reader = null;
    ModelBinder binder = loader.binder();
    JsonFactory quick = Parsers.jsonWithoutDuplicateDetection();
    byte[] buffer = new byte[1 << 12];
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      for (Span span : ordered) {
        if (buffer.length < span.length()) {
          buffer = new byte[Math.max(span.length(), buffer.length * 2)];
        }
        ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, span.length());
        long at = span.offset();
        while (bytes.hasRemaining()) {
          int n = channel.read(bytes, at);
          if (n < 0) {
            throw new EOFException();
          }
          at += n;
        }
        Model model = null;
        try (JsonParser p = quick.createParser(buffer, 0, span.length())) {
          p.nextToken();
          model = binder.model(p);
          if (p.nextToken() != null || model.id() == null) {
            model = null;
          }
        } catch (IOException | ModelBinder.Unsupported e) {
          model = null; // the mapper reads it, or says what is wrong
        }
        if (model == null) {
          if (reader == null) {
            reader = loader.modelReader(Parsers.json());
          }
          model = CatalogLoader.readEntry(reader, buffer, span.length());
        }
        consumer.accept(span, model.normalized());
      }
    } catch (IOException e) {
      unchanged();
      throw new CatalogException(
          "cannot read the file again: " + io.github.advisorcli.advisor.AdvisorException.reason(e),
          SourceLocation.of(name),
          e);
    }
    unchanged();
  }

  private void stamp() {
    try {
      size = Files.size(path);
      modified = Files.getLastModifiedTime(path);
    } catch (IOException e) {
      // The loader reports an unreadable file with its usual message.
      size = -1;
    }
  }

  private void unchanged() {
    try {
      if (size >= 0
          && (Files.size(path) != size || !Files.getLastModifiedTime(path).equals(modified))) {
        throw new CatalogException(
            "the file changed while it was being read; run again", SourceLocation.of(name));
      }
    } catch (IOException e) {
      throw new CatalogException(
          "cannot read the file: " + io.github.advisorcli.advisor.AdvisorException.reason(e),
          SourceLocation.of(name),
          e);
    }
  }

  /** The first pass's checks across entries, by fingerprint, confirmed against the text. */
  private final class Checker implements CatalogLoader.Sink {
    private final Consumer consumer;
    private final FingerprintMap owners = new FingerprintMap();
    private final Set<String> suspects = new LinkedHashSet<>();

    /**
     * Whether more strings were suspected than are kept. On one thread they arrive in file order,
     * so those kept include the first clash; on several they do not, and the file is read again.
     */
    boolean overflowed;

    /** The first entry in file order that lacks required fields, or null. */
    private Replay missing;

    Checker(Consumer consumer) {
      this.consumer = consumer;
    }

    @Override
    public void begin(String asOf) {
      consumer.begin(asOf);
    }

    @Override
    public void accept(int index, Model model, SourceLocation where, long offset, int length) {
      String id = model.id();
      long idPrint = FingerprintMap.of(id);
      Set<String> keys = CatalogIndex.keys(model.aliases(), model.hfRepo());
      long[] keyPrints = new long[keys.size()];
      String[] lower = new String[keys.size()];
      int k = 0;
      for (String key : keys) {
        lower[k] = key.toLowerCase(Locale.ROOT);
        keyPrints[k] = FingerprintMap.of(lower[k]);
        k++;
      }
      List<String> lacking = model.missingRequired();
      synchronized (this) {
        if (owners.putIfAbsent(idPrint, index) >= 0) {
          suspect(id);
        }
        for (int j = 0; j < keyPrints.length; j++) {
          if (lower[j].equals(id)) {
            continue;
          }
          int owner = owners.putIfAbsent(keyPrints[j], index);
          if (owner >= 0 && owner != index) {
            suspect(lower[j]);
          }
        }
        if (!lacking.isEmpty()) {
          if (missing == null || index < missing.index()) {
            missing = new Replay(index, where, id, new ArrayList<>(), lacking);
          }
          return;
        }
      }
      consumer.accept(new Span(index, offset, length), model.normalized());
    }

    private void suspect(String key) {
      if (suspects.size() < MAX_SUSPECTS) {
        suspects.add(key);
      } else if (!suspects.contains(key)) {
        overflowed = true;
      }
    }

    /**
     * Hands the entries that may break a rule across entries to the index, in file order; it throws
     * at the first that does.
     */
    synchronized void finish() {
      Map<Integer, Replay> entries = new TreeMap<>();
      if (!suspects.isEmpty()) {
        for (Replay r : suspected(suspects)) {
          entries.put(r.index(), r);
        }
      }
      if (missing != null) {
        Replay r = entries.get(missing.index());
        entries.put(
            missing.index(),
            r == null
                ? missing
                : new Replay(r.index(), r.where(), r.id(), r.keys(), missing.lacking()));
      }
      CatalogIndex index = new CatalogIndex();
      index.nextFile();
      for (Replay r : entries.values()) {
        index.add(r.id(), r.keys(), null, r.lacking(), r.where());
      }
    }
  }

  /**
   * An entry as the index needs to see it again: its id, those of its keys that were suspected (as
   * written, in the order {@link CatalogIndex#keys} gives them), and the required fields it lacks.
   */
  private record Replay(
      int index, SourceLocation where, String id, List<String> keys, List<String> lacking) {}

  /**
   * The entries in which a suspected string occurs as the id or a key, in file order, read without
   * binding.
   */
  private List<Replay> suspected(Set<String> wanted) {
    List<Replay> found = new ArrayList<>();
    Set<String> interest = new HashSet<>(wanted);
    try (InputStream in = Files.newInputStream(path);
        JsonParser p = Parsers.forPath(path).getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return found;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        if (p.nextToken() != JsonToken.START_ARRAY || !field.equals("models")) {
          p.skipChildren();
          continue;
        }
        int index = 0;
        while (p.nextToken() == JsonToken.START_OBJECT) {
          Replay r = entry(p, index++, interest);
          if (r != null) {
            found.add(r);
          }
        }
      }
    } catch (IOException e) {
      throw new CatalogException(
          "cannot read the file: " + io.github.advisorcli.advisor.AdvisorException.reason(e),
          SourceLocation.of(name),
          e);
    }
    return found;
  }

  /** The entry the parser is at, if its id or one of its keys is of interest; else null. */
  private Replay entry(JsonParser p, int index, Set<String> interest) throws IOException {
    SourceLocation where = ParseErrors.location(name, p.currentTokenLocation());
    String id = null;
    String hfRepo = null;
    List<String> aliases = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("id") && value == JsonToken.VALUE_STRING) {
        id = p.getText();
      } else if (field.equals("hf_repo") && value == JsonToken.VALUE_STRING) {
        hfRepo = p.getText();
      } else if (field.equals("aliases") && value == JsonToken.START_ARRAY) {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t == JsonToken.VALUE_STRING) {
            aliases.add(p.getText());
          } else {
            p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
    }
    if (id == null) {
      return null;
    }
    List<String> keys = new ArrayList<>();
    for (String key : CatalogIndex.keys(aliases, hfRepo)) {
      String k = key.toLowerCase(Locale.ROOT);
      if (!k.equals(id) && interest.contains(k)) {
        keys.add(key);
      }
    }
    if (keys.isEmpty() && !interest.contains(id)) {
      return null;
    }
    return new Replay(index, where, id, keys, List.of());
  }
}
