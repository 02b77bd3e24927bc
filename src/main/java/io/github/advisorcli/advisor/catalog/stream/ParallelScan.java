package io.github.advisorcli.advisor.catalog.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.catalog.Dates;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.read.CatalogLoader;
import io.github.advisorcli.advisor.catalog.read.ModelBinder;
import io.github.advisorcli.advisor.catalog.read.Parsers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The first pass over a JSON catalog on several threads. One thread cuts the model list into its
 * entries by their brackets and quotes, without parsing them, and hands them out in batches; the
 * others bind and check each entry exactly as {@link CatalogLoader} does, and pass it to a sink
 * that must accept entries from several threads in any order. What lies around the model list is
 * checked by the loader itself, on the file with the list cut down to its first entry.
 *
 * <p>This read only says whether everything is right. At the first problem of any kind it gives up,
 * and the caller reads the file again on one thread, which names the problem with its {@code
 * file:line:column}.
 */
final class ParallelScan {
  /** How much of the file one batch holds. */
  static final int CHUNK = 4 << 20;

  /** The most bytes before and after the model list; larger surroundings are read on one thread. */
  private static final int MAX_SURROUNDINGS = 1 << 20;

  private static final Batch END = new Batch(null, null, null, 0, 0, 0);

  /**
   * Entries of the model list that lie in {@code bytes}, which starts at file offset {@code base}.
   */
  private record Batch(
      byte[] bytes, int[] starts, int[] lengths, long base, int first, int count) {}

  private final Path path;
  private final String name;
  private final CatalogLoader loader;
  private final int threads;
  private final int chunk;
  private final AtomicBoolean failed = new AtomicBoolean();

  /**
   * @param threads how many threads bind entries
   * @param chunk how many bytes to read at a time ({@link #CHUNK}; tests use small ones)
   */
  ParallelScan(Path path, String name, CatalogLoader loader, int threads, int chunk) {
    this.path = path;
    this.name = name;
    this.loader = loader;
    this.threads = threads;
    this.chunk = chunk;
  }

  /**
   * Reads the file, handing every entry to {@code sink} from the worker threads; the header, or
   * null when the file must be read on one thread instead.
   */
  CatalogLoader.Header read(CatalogLoader.Sink sink) {
    try {
      return run(sink);
    } catch (IOException | RuntimeException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private CatalogLoader.Header run(CatalogLoader.Sink sink)
      throws IOException, InterruptedException {
    ObjectMapper mapper = Parsers.json();
    long open = modelList(mapper, sink);
    if (open < 0) {
      return null;
    }
    Readers readers = new Readers(mapper);
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(threads * 2);
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] = new Thread(() -> work(queue, readers, sink), "advisor-scan-" + t);
      workers[t].setDaemon(true);
      workers[t].start();
    }
    Slicer slicer = new Slicer(queue);
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      slicer.slice(channel, open + 1);
    } finally {
      for (int t = 0; t < threads; t++) {
        queue.put(END);
      }
      for (Thread w : workers) {
        w.join();
      }
    }
    if (failed.get() || slicer.close < 0 || slicer.first == null) {
      return null;
    }
    return surroundings(mapper, open, slicer.close, slicer.first, slicer.count);
  }

  /**
   * Where the model list opens, from the top of the file, with the snapshot date if it comes first;
   * -1 if the file does not start as expected.
   */
  private long modelList(ObjectMapper mapper, CatalogLoader.Sink sink) throws IOException {
    try (InputStream in = Files.newInputStream(path);
        JsonParser p = mapper.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return -1;
      }
      String asOf = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("models")) {
          long at = p.currentTokenLocation().getByteOffset();
          if (value != JsonToken.START_ARRAY || at < 0 || at > MAX_SURROUNDINGS) {
            return -1;
          }
          if (asOf != null) {
            Dates.parse(asOf);
          }
          sink.begin(asOf);
          return at;
        }
        if (field.equals("as_of") && value == JsonToken.VALUE_STRING) {
          asOf = p.getText();
        } else {
          p.skipChildren();
        }
      }
      return -1;
    }
  }

  /**
   * Checks everything around the model list with the loader, on the file with the list cut down to
   * its first entry.
   */
  private CatalogLoader.Header surroundings(
      ObjectMapper mapper, long open, long close, byte[] first, int count) throws IOException {
    long size = Files.size(path);
    if (size - close - 1 > MAX_SURROUNDINGS) {
      return null;
    }
    ByteArrayOutputStream skeleton = new ByteArrayOutputStream();
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      byte[] head = bytes(channel, 0, (int) open + 1);
      if (head[(int) open] != '[') {
        return null;
      }
      skeleton.write(head);
      skeleton.write(first);
      skeleton.write(']');
      skeleton.write(bytes(channel, close + 1, (int) (size - close - 1)));
    }
    CatalogLoader.Header header =
        loader.read(
            mapper,
            new ByteArrayInputStream(skeleton.toByteArray()),
            name,
            null,
            new CatalogLoader.Sink() {
              @Override
              public boolean wants(int index) {
                return false;
              }

              @Override
              public void accept(
                  int index, Model model, SourceLocation where, long offset, int length) {}
            });
    return new CatalogLoader.Header(header.asOf(), count);
  }

  private static byte[] bytes(FileChannel channel, long from, int length) throws IOException {
    byte[] out = new byte[length];
    ByteBuffer buffer = ByteBuffer.wrap(out);
    long at = from;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, at);
      if (n < 0) {
        throw new IOException("the file is shorter than it was");
      }
      at += n;
    }
    return out;
  }

  /**
   * How entries are bound: by {@link ModelBinder}, and by the mapper, made when first needed, for
   * an entry the binder does not vouch for.
   */
  private final class Readers {
    private final ObjectMapper mapper;
    private final JsonFactory quick = Parsers.jsonWithoutDuplicateDetection();
    private ObjectReader reader;

    Readers(ObjectMapper mapper) {
      this.mapper = mapper;
    }

    synchronized ObjectReader reader() {
      if (reader == null) {
        reader = loader.modelReader(mapper);
      }
      return reader;
    }

    /** The entry in {@code bytes[start, start + length)}, bound as the mapper binds it. */
    Model bind(ModelBinder binder, byte[] bytes, int start, int length) throws IOException {
      try (JsonParser p = quick.createParser(bytes, start, length)) {
        p.nextToken();
        Model model = binder.model(p);
        if (p.nextToken() == null) {
          return model;
        }
      } catch (IOException | ModelBinder.Unsupported e) {
        // the mapper reads it, or says what is wrong
      }
      return reader().readValue(bytes, start, length);
    }
  }

  /** A worker: binds and checks each entry of each batch until the end marker. */
  private void work(BlockingQueue<Batch> queue, Readers readers, CatalogLoader.Sink sink) {
    ModelBinder binder = loader.binder();
    while (true) {
      Batch batch;
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        failed.set(true);
        return;
      }
      if (batch == END) {
        return;
      }
      if (failed.get()) {
        continue;
      }
      try {
        for (int i = 0; i < batch.count(); i++) {
          int start = batch.starts()[i];
          int length = batch.lengths()[i];
          Model model = readers.bind(binder, batch.bytes(), start, length);
          if (model.id() == null || !model.missingRequired().isEmpty()) {
            throw new IllegalStateException("incomplete model");
          }
          CatalogLoader.checkEntries(model, null);
          sink.accept(batch.first() + i, model, null, batch.base() + start, length);
        }
      } catch (IOException | RuntimeException e) {
        failed.set(true);
      }
    }
  }

  /**
   * Finds the entries of the model list by brackets and quotes, reading the file in chunks. Every
   * byte between entries must be white space or one comma; anything else ends the read.
   */
  private final class Slicer {
    private final BlockingQueue<Batch> queue;

    /** The first entry's bytes, once found. */
    byte[] first;

    /** Where the model list closes, or -1. */
    long close = -1;

    int count;

    Slicer(BlockingQueue<Batch> queue) {
      this.queue = queue;
    }

    void slice(FileChannel channel, long from) throws IOException, InterruptedException {
      byte[] buf = new byte[chunk];
      long base = from;
      int len = read(channel, buf, 0, base);
      int[] starts = new int[256];
      int[] lengths = new int[256];
      int n = 0;
      int i = 0;
      boolean expectEntry = true;
      while (true) {
        if (i >= len) {
          if (!more(channel, buf, len, base, len, starts, lengths, n)) {
            return;
          }
          // (A new chunk: no entry was in progress.)
          base += len;
          buf = next;
          len = nextLength;
          i = 0;
          n = 0;
          continue;
        }
        byte b = buf[i];
        if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
          i++;
        } else if (expectEntry && b == '{') {
          int end = entryEnd(buf, i, len);
          if (end < 0) {
            // The entry runs past the chunk: hand out the chunk's whole entries and carry it over.
            if (!more(channel, buf, len, base, i, starts, lengths, n)) {
              return;
            }
            base += i;
            buf = next;
            len = nextLength;
            i = 0;
            n = 0;
            continue;
          }
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            lengths = Arrays.copyOf(lengths, n * 2);
          }
          starts[n] = i;
          lengths[n] = end - i;
          if (first == null) {
            first = Arrays.copyOfRange(buf, i, end);
          }
          n++;
          count++;
          i = end;
          expectEntry = false;
        } else if (!expectEntry && b == ',') {
          expectEntry = true;
          i++;
        } else if (!expectEntry && b == ']') {
          hand(buf, base, starts, lengths, n);
          close = base + i;
          return;
        } else {
          return; // anything else, an empty list included, is left to the loader to describe
        }
      }
    }

    private byte[] next;
    private int nextLength;

    /**
     * Hands out the chunk's whole entries and reads the next chunk into {@link #next}, starting
     * with the chunk's bytes from {@code keep} on; false at the end of the file or after a failure.
     */
    private boolean more(
        FileChannel channel,
        byte[] buf,
        int len,
        long base,
        int keep,
        int[] starts,
        int[] lengths,
        int n)
        throws IOException, InterruptedException {
      if (failed.get()) {
        return false;
      }
      hand(buf, base, starts, lengths, n);
      int carry = len - keep;
      next = new byte[Math.max(chunk, carry * 2)];
      System.arraycopy(buf, keep, next, 0, carry);
      nextLength = read(channel, next, carry, base + len);
      return nextLength > carry;
    }

    private void hand(byte[] buf, long base, int[] starts, int[] lengths, int n)
        throws InterruptedException {
      if (n > 0) {
        queue.put(
            new Batch(
                buf, Arrays.copyOf(starts, n), Arrays.copyOf(lengths, n), base, count - n, n));
      }
    }

    /**
     * Where the entry that starts at {@code from} ends (just past its closing bracket), or -1 if it
     * does not end within {@code len}. Only quotes, escapes and brackets matter here; the entry is
     * parsed properly later.
     */
    private static int entryEnd(byte[] buf, int from, int len) {
      int depth = 0;
      int i = from;
      while (i < len) {
        byte b = buf[i++];
        if (b == '"') {
          while (true) {
            if (i >= len) {
              return -1;
            }
            byte c = buf[i++];
            if (c == '"') {
              break;
            }
            if (c == '\\') {
              i++;
            }
          }
        } else if (b == '{' || b == '[') {
          depth++;
        } else if ((b == '}' || b == ']') && --depth == 0) {
          return i;
        }
      }
      return -1;
    }

    private int read(FileChannel channel, byte[] buf, int offset, long position)
        throws IOException {
      ByteBuffer buffer = ByteBuffer.wrap(buf, offset, buf.length - offset);
      long at = position;
      while (buffer.hasRemaining()) {
        int got = channel.read(buffer, at);
        if (got < 0) {
          break;
        }
        at += got;
      }
      return buffer.position();
    }
  }
}
