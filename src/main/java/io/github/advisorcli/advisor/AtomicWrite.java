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
  /** Content written to a stream, for files too large to hold as one string. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicWrite() {}

  public static void write(Path target, String content, boolean overwrite, String displayName) {
    write(
        target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)), overwrite, displayName);
  }

  /**
   * Writes {@code content} to a temporary file beside {@code target}, then moves it into place. If
   * writing fails, nothing is left behind.
   */
  public static void write(Path target, Content content, boolean overwrite, String displayName) {
    Path dir = target.toAbsolutePath().getParent();
    if (!overwrite && Files.exists(target)) {
      throw new AdvisorException(displayName + " already exists; use --force to replace it");
    }
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        content.writeTo(out);
      }
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
}
