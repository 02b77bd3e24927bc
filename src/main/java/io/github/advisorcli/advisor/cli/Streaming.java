package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.catalog.read.Parsers;
import io.github.advisorcli.advisor.render.Labels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * When {@code recommend} reads its catalog as a stream instead of loading it: the run leaves the
 * bundled catalog out and has exactly one catalog file, a JSON file larger than {@value
 * #THRESHOLD_MIB} MiB. Several files cannot be streamed, because a later file overrides an earlier
 * one field by field. The environment variable {@code ADVISOR_STREAMING} ({@code auto}, the
 * default; {@code always}, to stream a single JSON file of any size; {@code never}) overrides the
 * choice.
 */
final class Streaming {
  /** Files larger than this many MiB are streamed. */
  static final int THRESHOLD_MIB = 32;

  /**
   * The file to stream and why.
   *
   * @param path the file
   * @param name how messages name it
   * @param reason why it is streamed, in the user's language
   */
  record Choice(Path path, String name, String reason) {}

  private Streaming() {}

  /** The file to stream, or null to load the catalog. */
  static Choice choose(Environment environment, GlobalOptions options) {
    String mode = environment.getenv("ADVISOR_STREAMING");
    mode = mode == null ? "auto" : mode.trim().toLowerCase(Locale.ROOT);
    if (!mode.equals("auto") && !mode.equals("always") && !mode.equals("never")) {
      throw new AdvisorException(
          "ADVISOR_STREAMING must be auto, always or never, not '" + mode + "'");
    }
    if (mode.equals("never") || !options.noDefaultCatalog()) {
      return null;
    }
    Map<Path, String> files = options.catalogFiles();
    if (files.size() != 1) {
      return null;
    }
    Map.Entry<Path, String> file = files.entrySet().iterator().next();
    Path path = file.getKey();
    if (!Parsers.isJson(path) || !Files.isRegularFile(path)) {
      return null;
    }
    if (mode.equals("always")) {
      return new Choice(path, file.getValue(), options.labels().get("streaming.reason.forced"));
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      return null;
    }
    if (size <= ((long) THRESHOLD_MIB << 20)) {
      return null;
    }
    return new Choice(
        path,
        file.getValue(),
        options.labels().get("streaming.reason.large", Integer.toString(THRESHOLD_MIB)));
  }

  /** How many threads bind models in the first pass: one per processor, at most four. */
  static int threads() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  /** An error saying that an option needs the whole catalog in memory. */
  static AdvisorException unsupported(Labels labels, Choice choice, String option) {
    return new AdvisorException(
        labels.get("streaming.unsupported", option, choice.name(), choice.reason()));
  }
}
