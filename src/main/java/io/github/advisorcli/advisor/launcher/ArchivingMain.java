package io.github.advisorcli.advisor.launcher;

import io.github.advisorcli.advisor.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * The entry point of the run after which {@code bin/advisor} makes a command's class-data archive:
 * {@code ArchivingMain LIST FILE ARGS...} runs {@code advisor ARGS...} as {@link Main} does and, at
 * exit, writes the class list named {@code LIST} (which the build made by running that command, see
 * {@code tools.ClassListCompiler}) to {@code FILE}, for {@code java -Xshare:dump
 * -XX:SharedClassListFile=FILE}. A list the jar lacks falls back to the one for all commands; when
 * that is missing too, nothing is written and no archive is made.
 */
public final class ArchivingMain {
  /** The folder in the jar that holds the class lists, one {@code COMMAND.classlist} each. */
  static final String LISTS = "io/github/advisorcli/advisor/launcher/classes/";

  /** The list for commands without one of their own. */
  public static final String ALL = "all";

  /** The name of the list of {@code command}'s classes in {@link #LISTS}. */
  public static String fileName(String command) {
    return command + ".classlist";
  }

  private ArchivingMain() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: ArchivingMain LIST FILE [ARGS...]");
      System.exit(2);
    }
    String list = args[0];
    Path file = Path.of(args[1]);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> writeClassList(ArchivingMain.class.getClassLoader(), list, file),
                "class-list"));
    Main.main(Arrays.copyOfRange(args, 2, args.length));
  }

  /**
   * Writes the class list {@code name} that {@code loader} finds (or, when there is none by that
   * name, the one for all commands) to {@code file}; whether one was written. A name that is not a
   * plain word is treated as unknown.
   */
  static boolean writeClassList(ClassLoader loader, String name, Path file) {
    InputStream in =
        name.matches("[a-z]+") ? loader.getResourceAsStream(LISTS + fileName(name)) : null;
    if (in == null) {
      in = loader.getResourceAsStream(LISTS + fileName(ALL));
    }
    if (in == null) {
      return false;
    }
    try (InputStream list = in) {
      Files.copy(list, file, StandardCopyOption.REPLACE_EXISTING);
      return true;
    } catch (IOException | RuntimeException e) {
      // No list, no archive: the run itself is unaffected.
      return false;
    }
  }
}
