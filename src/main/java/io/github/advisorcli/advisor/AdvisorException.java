package io.github.advisorcli.advisor;

import java.util.Optional;

/**
 * A problem with what the user gave us: a file, an argument, a name. It carries a message meant for
 * the user and, where there is one, the place in a file the problem was found. The CLI maps it to
 * exit code 2.
 */
public class AdvisorException extends RuntimeException {
  private final transient SourceLocation location;

  public AdvisorException(String message) {
    this(message, null, null);
  }

  public AdvisorException(String message, SourceLocation location) {
    this(message, location, null);
  }

  public AdvisorException(String message, SourceLocation location, Throwable cause) {
    super(message, cause);
    this.location = location;
  }

  /**
   * A value as a message quotes it: at most 40 characters, so a megabyte-long value from a hostile
   * file does not become a megabyte-long error line.
   */
  public static String abbreviate(String value) {
    if (value == null || value.length() <= 40) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(36)) ? 36 : 37;
    return value.substring(0, end) + "...";
  }

  /**
   * Why an input or output operation failed, in words for the user: the system's reason ("No space
   * left on device", "Permission denied"), never a Java class name or the name of a temporary file.
   */
  public static String reason(Throwable e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getCause() != null && e.getCause() != e
          ? reason(e.getCause())
          : "input/output error";
    }
    // "java.io.IOException: No space left on device" and the like, from wrapped causes.
    return message.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
  }

  public Optional<SourceLocation> location() {
    return Optional.ofNullable(location);
  }

  /** The one line shown to the user: {@code file:line:col: message}. */
  public String userMessage() {
    return location == null ? getMessage() : location + ": " + getMessage();
  }
}
