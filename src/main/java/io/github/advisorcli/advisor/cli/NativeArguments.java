package io.github.advisorcli.advisor.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Command-line arguments as UTF-8, whatever the locale.
 *
 * <p>Java decodes {@code main}'s arguments in {@code sun.jnu.encoding}, which follows the locale's
 * character set and cannot be set on the command line (Java 17 and 18+ alike; Java 18 only made
 * {@code file.encoding} UTF-8). With {@code LANG} unset, {@code C} or {@code POSIX} that is ASCII,
 * and every byte of {@code 文本分类} becomes U+FFFD. The launcher avoids this by running Java under a
 * UTF-8 locale; for a jar started some other way, the bytes are read back from {@code
 * /proc/self/cmdline} where the system has it, and decoded as UTF-8.
 */
final class NativeArguments {
  private NativeArguments() {}

  static String[] utf8(String[] args) {
    return utf8(args, System.getProperty("sun.jnu.encoding", ""), NativeArguments::procSelfCmdline);
  }

  /**
   * @param args the arguments as Java decoded them
   * @param encoding the charset Java decoded them with
   * @param cmdline the process's raw command line, NUL-separated, or null when unknown
   */
  static String[] utf8(String[] args, String encoding, Supplier<byte[]> cmdline) {
    if (!lossy(args) || isUtf8(encoding)) {
      return args;
    }
    byte[] raw = cmdline.get();
    if (raw == null) {
      return args;
    }
    List<byte[]> all = split(raw);
    if (all.size() < args.length) {
      return args;
    }
    List<byte[]> tail = all.subList(all.size() - args.length, all.size());
    String[] decoded = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      String utf8 = new String(tail.get(i), StandardCharsets.UTF_8);
      // The raw arguments must line up with Java's: the same ASCII, lost bytes only where Java lost
      // them.
      if (!sameWhereAscii(args[i], utf8)) {
        return args;
      }
      decoded[i] = utf8;
    }
    return decoded;
  }

  private static boolean lossy(String[] args) {
    for (String arg : args) {
      if (arg.indexOf('\uFFFD') >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUtf8(String encoding) {
    try {
      return Charset.forName(encoding).equals(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean sameWhereAscii(String javaArg, String utf8) {
    String a = javaArg.replaceAll("[^\\x00-\\x7F]+", "\uFFFD");
    String b = utf8.replaceAll("[^\\x00-\\x7F]+", "\uFFFD");
    return a.equals(b);
  }

  private static List<byte[]> split(byte[] raw) {
    List<byte[]> parts = new ArrayList<>();
    ByteArrayOutputStream current = new ByteArrayOutputStream();
    for (byte b : raw) {
      if (b == 0) {
        parts.add(current.toByteArray());
        current.reset();
      } else {
        current.write(b);
      }
    }
    if (current.size() > 0) {
      parts.add(current.toByteArray());
    }
    return parts;
  }

  private static byte[] procSelfCmdline() {
    Path path = Path.of("/proc/self/cmdline");
    try {
      return Files.isReadable(path) ? Files.readAllBytes(path) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
