package io.github.advisorcli.advisor.catalog.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.catalog.CatalogFile;
import io.github.advisorcli.advisor.catalog.Dates;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.TaskVocabulary;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A JSON catalog file read with {@link ModelBinder} instead of the mapper, on several threads when
 * the file is held in memory. It vouches only for a file that is entirely right and of a kind the
 * binder knows; for anything else it returns null, and the loader reads the file the usual way,
 * which accepts it or describes the problem. What it returns equals what the usual way returns,
 * each entry with the same {@code file:line:column}.
 *
 * <p>On several threads, one pass over the bytes cuts the model list into its entries by their
 * brackets and quotes, counting lines as the parser counts them; the entries are then bound in
 * parallel, and what lies around the list is read on its own, with the list left empty.
 */
final class QuickRead {
  /** Files up to this size are held in memory and read on several threads. */
  static final long MAX_IN_MEMORY = 64L << 20;

  private static final List<String> TOP_LEVEL = List.of("format", "as_of", "models");

  private final LicenseRegistry licenses;
  private final TaskVocabulary tasks;
  private final JsonFactory factory = Parsers.jsonWithoutDuplicateDetection();

  QuickRead(LicenseRegistry licenses, TaskVocabulary tasks) {
    this.licenses = licenses;
    this.tasks = tasks;
  }

  /**
   * How many threads bind entries: one per processor but one, at most four. The processor left over
   * compiles the code the others run and collects their garbage; on two processors, reading on one
   * thread was measured as fast as on two, and the whole run faster.
   */
  static int threads() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));
  }

  /** The file, or null when the loader must read it. */
  CatalogFile read(Path path, String name, int threads) {
    try {
      if (!Files.isRegularFile(path)) {
        return null;
      }
      if (threads > 1 && Files.size(path) <= MAX_IN_MEMORY) {
        CatalogFile file = parallel(Files.readAllBytes(path), name, threads);
        if (file != null) {
          return file;
        }
      }
      try (InputStream in = Files.newInputStream(path)) {
        return sequential(in, name);
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The catalog in the stream, read by one parser from top to bottom; or null. */
  CatalogFile sequential(InputStream in, String name) {
    try (JsonParser p = factory.createParser(in)) {
      Top top = new Top();
      if (!top.read(p, name, false)) {
        return null;
      }
      return top.entries == null || top.entries.isEmpty()
          ? null
          : new CatalogFile(name, top.asOf, List.copyOf(top.entries));
    } catch (IOException | RuntimeException | ModelBinder.Unsupported e) {
      return null;
    }
  }

  /** The top-level mapping: format, as_of and models, each once, nothing else. */
  private final class Top {
    String format;
    String asOf;
    List<CatalogFile.Entry> entries;

    /**
     * Reads the mapping; with {@code empty}, the model list must be empty (it was cut out). False
     * when the loader must read the file.
     */
    boolean read(JsonParser p, String name, boolean empty)
        throws IOException, ModelBinder.Unsupported {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      boolean[] seen = new boolean[TOP_LEVEL.size()];
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        int field = TOP_LEVEL.indexOf(p.currentName());
        if (field < 0 || seen[field]) {
          return false;
        }
        seen[field] = true;
        JsonToken value = p.nextToken();
        if (field == 2) {
          if (empty) {
            if (value != JsonToken.START_ARRAY || p.nextToken() != JsonToken.END_ARRAY) {
              return false;
            }
          } else {
            entries = models(p, name);
            if (entries == null) {
              return false;
            }
          }
        } else if (value != JsonToken.VALUE_STRING) {
          return false;
        } else if (field == 0) {
          format = p.getText();
          if (!CatalogLoader.FORMAT.equals(format)) {
            return false;
          }
        } else {
          asOf = Dates.parse(p.getText()).toString();
        }
      }
      return p.currentToken() == JsonToken.END_OBJECT
          && p.nextToken() == null
          && format != null
          && seen[2];
    }

    private List<CatalogFile.Entry> models(JsonParser p, String name)
        throws IOException, ModelBinder.Unsupported {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        return null;
      }
      ModelBinder binder = new ModelBinder(licenses, tasks);
      List<CatalogFile.Entry> list = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t != JsonToken.START_OBJECT) {
          return null;
        }
        SourceLocation where = ParseErrors.location(name, p.currentTokenLocation());
        Model model = binder.model(p);
        if (model.id() == null) {
          return null;
        }
        CatalogLoader.checkEntries(model, where);
        list.add(new CatalogFile.Entry(model, where));
      }
      return list;
    }
  }

  // ------------------------------------------------------------------------------ parallel

  /**
   * The catalog in {@code bytes}, its entries bound on several threads; or null. The commas between
   * entries are overwritten with spaces, so that each thread's entries read as one sequence of
   * values.
   */
  CatalogFile parallel(byte[] bytes, String name, int threads) throws IOException {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return null; // offsets would count from after the byte order mark
    }
    JsonLocation open = modelList(bytes);
    if (open == null) {
      return null;
    }
    Slices slices = new Slices();
    if (!slices.cut(
        bytes,
        (int) open.getByteOffset(),
        open.getLineNr(),
        (int) open.getByteOffset() - (open.getColumnNr() - 1))) {
      return null;
    }
    int count = slices.count;
    if (count == 0) {
      return null;
    }
    // What lies around the list, with the list left empty.
    ByteArrayOutputStream skeleton = new ByteArrayOutputStream();
    skeleton.write(bytes, 0, slices.open + 1);
    skeleton.write(bytes, slices.close, bytes.length - slices.close);
    Top top = new Top();
    try (JsonParser p = factory.createParser(skeleton.toByteArray())) {
      if (!top.read(p, name, true)) {
        return null;
      }
    } catch (IOException | RuntimeException | ModelBinder.Unsupported e) {
      return null;
    }
    Model[] models = new Model[count];
    SourceLocation[] wheres = new SourceLocation[count];
    AtomicBoolean failed = new AtomicBoolean();
    int parts = Math.min(threads, Math.max(1, count / 64));
    Thread[] workers = new Thread[parts - 1];
    for (int t = 1; t < parts; t++) {
      int from = (int) ((long) count * t / parts);
      int to = (int) ((long) count * (t + 1) / parts);
      workers[t - 1] =
          new Thread(
              () -> bind(bytes, slices, from, to, name, models, wheres, failed),
              "advisor-read-" + t);
      workers[t - 1].setDaemon(true);
      workers[t - 1].start();
    }
    bind(bytes, slices, 0, count / parts, name, models, wheres, failed);
    try {
      for (Thread w : workers) {
        w.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    if (failed.get()) {
      return null;
    }
    List<CatalogFile.Entry> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      entries.add(new CatalogFile.Entry(models[i], wheres[i]));
    }
    return new CatalogFile(name, top.asOf, List.copyOf(entries));
  }

  /** Binds entries {@code [from, to)}; any problem sets {@code failed}. */
  private void bind(
      byte[] bytes,
      Slices slices,
      int from,
      int to,
      String name,
      Model[] models,
      SourceLocation[] wheres,
      AtomicBoolean failed) {
    if (from >= to) {
      return;
    }
    ModelBinder binder = new ModelBinder(licenses, tasks);
    int base = slices.starts[from];
    try (JsonParser p = factory.createParser(bytes, base, slices.ends[to - 1] - base)) {
      for (int i = from; i < to && !failed.get(); i++) {
        int start = slices.starts[i];
        if (p.nextToken() != JsonToken.START_OBJECT
            || p.currentTokenLocation().getByteOffset() != start - base) {
          failed.set(true);
          return;
        }
        JsonLocation at =
            new JsonLocation(
                ContentReference.unknown(),
                start,
                -1L,
                slices.lines[i],
                start - slices.lineStarts[i] + 1);
        SourceLocation where = ParseErrors.location(name, at);
        Model model = binder.model(p);
        if (model.id() == null) {
          failed.set(true);
          return;
        }
        CatalogLoader.checkEntries(model, where);
        models[i] = model;
        wheres[i] = where;
      }
      if (p.nextToken() != null) {
        failed.set(true);
      }
    } catch (IOException | RuntimeException | ModelBinder.Unsupported e) {
      failed.set(true);
    }
  }

  /** Where the model list opens (its bracket), read from the top; null if not as expected. */
  private JsonLocation modelList(byte[] bytes) {
    try (JsonParser p = factory.createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("models")) {
          return value == JsonToken.START_ARRAY ? p.currentTokenLocation() : null;
        }
        p.skipChildren();
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The entries of the model list, found by brackets and quotes, with the line each starts on
   * counted as the parser counts lines (a line feed, a carriage return, or both together, end a
   * line). Between entries only white space and one comma may stand; the comma is overwritten with
   * a space.
   */
  static final class Slices {
    int open;
    int close;
    int count;
    int[] starts = new int[1024];
    int[] ends = new int[1024];
    int[] lines = new int[1024];
    int[] lineStarts = new int[1024];

    private int line;
    private int lineStart;

    /**
     * Cuts the list whose bracket is at {@code open}, on line {@code line}, which starts at {@code
     * lineStart}; false if anything is unexpected.
     */
    boolean cut(byte[] b, int open, int line, int lineStart) {
      if (open < 0 || open >= b.length || b[open] != '[') {
        return false;
      }
      this.open = open;
      this.line = line;
      this.lineStart = lineStart;
      int i = open + 1;
      boolean expectEntry = true;
      while (i < b.length) {
        byte c = b[i];
        if (c == ' ' || c == '\t') {
          i++;
        } else if (c == '\n' || c == '\r') {
          i = lineBreak(b, i);
        } else if (c == '{' && expectEntry) {
          int end = entryEnd(b, i);
          if (end < 0) {
            return false;
          }
          add(i, end);
          i = end;
          expectEntry = false;
        } else if (c == ',' && !expectEntry) {
          expectEntry = true;
          b[i++] = ' ';
        } else if (c == ']' && !expectEntry) {
          close = i;
          return true;
        } else {
          return false;
        }
      }
      return false;
    }

    /** Past the line break at {@code i}. */
    private int lineBreak(byte[] b, int i) {
      if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
        i++;
      }
      line++;
      lineStart = i + 1;
      return i + 1;
    }

    private void add(int start, int end) {
      if (count == starts.length) {
        int n = count * 2;
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        lines = Arrays.copyOf(lines, n);
        lineStarts = Arrays.copyOf(lineStarts, n);
      }
      starts[count] = start;
      ends[count] = end;
      count++;
    }

    /**
     * Just past the closing bracket of the entry at {@code from}, or -1. Notes the entry's line
     * before counting the lines inside it.
     */
    private int entryEnd(byte[] b, int from) {
      if (count == starts.length) {
        add(0, 0);
        count--;
      }
      lines[count] = line;
      lineStarts[count] = lineStart;
      int depth = 0;
      int i = from;
      while (i < b.length) {
        byte c = b[i];
        if (c == '"') {
          i++;
          while (true) {
            if (i >= b.length) {
              return -1;
            }
            byte s = b[i++];
            if (s == '"') {
              break;
            }
            if (s == '\\') {
              i++;
            } else if (s == '\n' || s == '\r') {
              return -1; // not allowed in a string; the parser says so
            }
          }
        } else if (c == '\n' || c == '\r') {
          i = lineBreak(b, i);
        } else {
          if (c == '{' || c == '[') {
            depth++;
          } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
          }
          i++;
        }
      }
      return -1;
    }
  }
}
