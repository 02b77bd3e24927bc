package io.github.advisorcli.advisor;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes a file the user asked for: to a temporary file beside it, then an atomic rename, so a
 * reader never sees half a file. An existing file is replaced only when {@code overwrite} is set,
 * and only a regular file: a folder, a device, a pipe or a socket is refused.
 *
 * <p>The temporary file ({@code .NAME.<digits>.tmp}) is locked while it is written. It is removed
 * when the write fails, and when the run is interrupted (Ctrl-C, SIGTERM, SIGHUP); one left behind
 * by a run that was killed outright is unlocked, and the next write of the same file removes it.
 */
public final class AtomicWrite {
  /** Writes a file's content to a stream; for content too large to hold in memory. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Temporary files being written now, removed by the shutdown hook on interruption. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  private static volatile boolean hooked;

  private AtomicWrite() {}

  public static void write(Path target, String content, boolean overwrite, String displayName) {
    write(
        target,
        out -> {
          // Strict: text that is not valid Unicode (a lone surrogate) fails the write, never turns
          // into '?'.
          java.nio.ByteBuffer bytes =
              StandardCharsets.UTF_8
                  .newEncoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT)
                  .encode(java.nio.CharBuffer.wrap(content));
          out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        },
        overwrite,
        displayName);
  }

  /**
   * Fails the way {@link #write} would when the target may not be written: it is a folder or a
   * special file, or it exists and may not be replaced.
   */
  public static void checkWritable(Path target, boolean overwrite, String displayName) {
    Path absolute = target.toAbsolutePath();
    if (absolute.getFileName() == null || Files.isDirectory(absolute)) {
      throw new AdvisorException(displayName + " is a folder; name a file to write");
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      throw new AdvisorException(
          displayName + " is not a regular file (a device, pipe or socket); name a file to write");
    }
    if (!overwrite && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw new AdvisorException(displayName + " already exists; use --force to replace it");
    }
  }

  /**
   * Streams content into a temporary file beside the target, then renames it. If {@code content}
   * throws, the target is left as it was.
   */
  public static void write(Path target, Content content, boolean overwrite, String displayName) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir != null && absolute.getFileName() != null && Files.isDirectory(dir)) {
      removeStale(dir, absolute.getFileName().toString());
    }
    checkWritable(target, overwrite, displayName);
    String name = absolute.getFileName().toString();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new AdvisorException(
          "cannot write "
              + displayName
              + ": "
              + (e instanceof FileAlreadyExistsException
                  ? dir + " is not a folder"
                  : AdvisorException.reason(e)));
    }
    hook();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
      PENDING.add(tmp);
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        // Held until the channel closes: a locked temporary file belongs to a live run.
        channel.lock();
        // Content may close the stream it is given; the channel stays open for the sync.
        OutputStream out =
            new BufferedOutputStream(
                new java.io.FilterOutputStream(Channels.newOutputStream(channel)) {
                  @Override
                  public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                  }

                  @Override
                  public void close() throws IOException {
                    flush();
                  }
                });
        content.writeTo(out);
        out.flush();
        channel.force(false);
      }
      permissions(tmp, absolute);
      if (overwrite) {
        try {
          Files.move(
              tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
      } else {
        // A hard link fails if the target appeared meanwhile, so nothing is ever overwritten.
        try {
          Files.createLink(absolute, tmp);
        } catch (FileAlreadyExistsException e) {
          throw new AdvisorException(displayName + " already exists; use --force to replace it");
        } catch (UnsupportedOperationException e) {
          Files.move(tmp, absolute);
        }
      }
    } catch (IOException e) {
      throw new AdvisorException(
          "cannot write " + displayName + ": " + AdvisorException.reason(e), null, e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort
        }
        PENDING.remove(tmp);
      }
    }
  }

  /** One hook for the run: on Ctrl-C, SIGTERM or SIGHUP it removes the files being written. */
  private static void hook() {
    if (hooked) {
      return;
    }
    synchronized (PENDING) {
      if (!hooked) {
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      for (Path p : PENDING) {
                        try {
                          Files.deleteIfExists(p);
                        } catch (IOException ignored) {
                          // best effort
                        }
                      }
                    },
                    "advisor-remove-partial-files"));
        hooked = true;
      }
    }
  }

  /**
   * Removes temporary files of {@code name} left by runs that were killed: those no process holds
   * locked. A file another run is writing now stays.
   */
  private static void removeStale(Path dir, String name) {
    Pattern mine = Pattern.compile("\\." + Pattern.quote(name) + "\\.\\d+\\.tmp");
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + globSafe(name) + ".*")) {
      for (Path p : files) {
        if (mine.matcher(p.getFileName().toString()).matches()
            && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            && !PENDING.contains(p)) {
          removeIfUnlocked(p);
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // nothing to clear, or not allowed to look: the write itself will tell
    }
  }

  private static void removeIfUnlocked(Path p) {
    try (FileChannel channel = FileChannel.open(p, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        Files.deleteIfExists(p);
        lock.release();
      }
    } catch (OverlappingFileLockException | IOException ignored) {
      // being written by this or another run
    }
  }

  /** The name with glob metacharacters replaced by '?', for a directory listing filter. */
  private static String globSafe(String name) {
    return name.replaceAll("[\\\\*?\\[\\]{}]", "?");
  }

  /**
   * A temporary file is private (0600); the file the user asked for gets the permissions of the
   * file it replaces, or rw-r--r-- when it is new, as files written by other tools would.
   */
  private static void permissions(Path tmp, Path target) {
    try {
      Set<PosixFilePermission> perms =
          Files.exists(target)
              ? Files.getPosixFilePermissions(target)
              : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(tmp, perms);
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: keep the default
    }
  }
}
