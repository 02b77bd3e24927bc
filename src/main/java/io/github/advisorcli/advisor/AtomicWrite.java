package io.github.advisorcli.advisor;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file the user asked for: to a temporary file beside it, then an atomic rename, so a
 * reader never sees half a file. An existing file is replaced only when {@code overwrite} is set.
 */
public final class AtomicWrite {
  /** Writes a file's content to a stream; for content too large to hold in memory. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

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
                  .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                  .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                  .encode(java.nio.CharBuffer.wrap(content));
          out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        },
        overwrite,
        displayName);
  }

  /** Fails the way {@link #write} would when the target exists and may not be replaced. */
  public static void checkWritable(Path target, boolean overwrite, String displayName) {
    if (!overwrite && Files.exists(target)) {
      throw new AdvisorException(displayName + " already exists; use --force to replace it");
    }
  }

  /**
   * Streams content into a temporary file beside the target, then renames it. If {@code content}
   * throws, the target is left as it was.
   */
  public static void write(Path target, Content content, boolean overwrite, String displayName) {
    Path dir = target.toAbsolutePath().getParent();
    checkWritable(target, overwrite, displayName);
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        content.writeTo(out);
      }
      permissions(tmp, target);
      if (overwrite) {
        try {
          Files.move(
              tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } else {
        // A hard link fails if the target appeared meanwhile, so nothing is ever overwritten.
        try {
          Files.createLink(target, tmp);
        } catch (UnsupportedOperationException e) {
          Files.move(tmp, target);
        }
      }
    } catch (FileAlreadyExistsException e) {
      throw new AdvisorException(displayName + " already exists; use --force to replace it");
    } catch (IOException e) {
      throw new AdvisorException("cannot write " + displayName + ": " + e.getMessage());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
  }

  /**
   * A temporary file is private (0600); the file the user asked for gets the permissions of the
   * file it replaces, or rw-r--r-- when it is new, as files written by other tools would.
   */
  private static void permissions(Path tmp, Path target) {
    try {
      java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
          Files.exists(target)
              ? Files.getPosixFilePermissions(target)
              : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(tmp, perms);
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: keep the default
    }
  }
}
