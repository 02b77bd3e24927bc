package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.advisorcli.advisor.SourceLocation;
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
  private static final int CHUNK = 4 << 20;

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
  private final AtomicBoolean failed = new AtomicBoolean();

  ParallelScan(Path path, String name, CatalogLoader loader, int threads) {
    this.path = path;
    this.name = name;
    this.loader = loader;
    this.threads = threads;
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
    ObjectReader reader = loader.modelReader(mapper);
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(threads * 2);
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] = new Thread(() -> work(queue, reader, sink), "advisor-scan-" + t);
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

  /** A worker: binds and checks each entry of each batch until the end marker. */
  private void work(BlockingQueue<Batch> queue, ObjectReader reader, CatalogLoader.Sink sink) {
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
          Model model = reader.readValue(batch.bytes(), start, length);
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
      byte[] buf = new byte[CHUNK];
      long base = from;
      int len = read(channel, buf, 0, base);
      int[] starts = new int[256];
      int[] lengths = new int[256];
      int n = 0;
      int i = 0;
      int start = -1;
      int depth = 0;
      boolean string = false;
      boolean escape = false;
      boolean expectEntry = true;
      while (true) {
        if (i == len) {
          // The chunk is used up: hand its whole entries out, carry over the entry in progress.
          if (failed.get()) {
            return;
          }
          if (n > 0) {
            queue.put(
                new Batch(
                    buf, Arrays.copyOf(starts, n), Arrays.copyOf(lengths, n), base, count - n, n));
            n = 0;
          }
          int carry = start < 0 ? 0 : len - start;
          byte[] next = new byte[Math.max(CHUNK, carry * 2)];
          System.arraycopy(buf, len - carry, next, 0, carry);
          base += len - carry;
          int got = read(channel, next, carry, base + carry);
          if (got == carry) {
            return; // the file ends inside the list
          }
          buf = next;
          len = got;
          i = carry;
          start = start < 0 ? -1 : 0;
          continue;
        }
        if (start >= 0) {
          // Inside an entry: only quotes, escapes and brackets matter.
          for (; i < len; i++) {
            byte b = buf[i];
            if (string) {
              if (escape) {
                escape = false;
              } else if (b == '\\') {
                escape = true;
              } else if (b == '"') {
                string = false;
              }
            } else if (b == '"') {
              string = true;
            } else if (b == '{' || b == '[') {
              depth++;
            } else if ((b == '}' || b == ']') && --depth == 0) {
              break;
            }
          }
          if (i == len) {
            continue;
          }
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            lengths = Arrays.copyOf(lengths, n * 2);
          }
          starts[n] = start;
          lengths[n] = i + 1 - start;
          if (first == null) {
            first = Arrays.copyOfRange(buf, start, i + 1);
          }
          n++;
          count++;
          start = -1;
          i++;
          continue;
        }
        byte b = buf[i];
        if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
          i++;
        } else if (expectEntry && b == '{') {
          start = i;
          depth = 1;
          expectEntry = false;
          i++;
        } else if (!expectEntry && b == ',') {
          expectEntry = true;
          i++;
        } else if (!expectEntry && b == ']') {
          if (n > 0) {
            queue.put(
                new Batch(
                    buf, Arrays.copyOf(starts, n), Arrays.copyOf(lengths, n), base, count - n, n));
          }
          close = base + i;
          return;
        } else {
          return; // anything else, an empty list included, is left to the loader to describe
        }
      }
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
