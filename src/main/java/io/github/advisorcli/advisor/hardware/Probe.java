package io.github.advisorcli.advisor.hardware;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --hardware auto}: asks nvidia-smi, then rocm-smi, for the accelerators, and the OS for
 * system memory. Cards are never summed: the largest one is used, and the others are reported.
 */
public final class Probe {
  /** Runs a command or reads a file; empty when the tool is missing or fails. */
  public interface Source {
    Optional<String> run(List<String> command);

    Optional<String> read(String path);
  }

  /** One card the tools reported. */
  public record Card(String name, long memoryBytes) {}

  /**
   * What was found.
   *
   * @param tool the tool that reported the cards, or null
   * @param cards the cards
   * @param ramBytes system memory, or null
   * @param hardware what the estimate uses, or null when nothing was found
   */
  public record Found(String tool, List<Card> cards, Long ramBytes, Hardware hardware) {
    public Found {
      cards = List.copyOf(cards);
    }
  }

  static final List<String> NVIDIA_SMI =
      List.of("nvidia-smi", "--query-gpu=name,memory.total", "--format=csv,noheader,nounits");
  static final List<String> ROCM_SMI =
      List.of("rocm-smi", "--showproductname", "--showmeminfo", "vram", "--csv");

  private static final Pattern MEM_TOTAL = Pattern.compile("(?m)^MemTotal:\\s+(\\d+)\\s*kB");

  private Probe() {}

  public static Found detect(Source source) {
    String tool = null;
    List<Card> cards = source.run(NVIDIA_SMI).map(Probe::nvidia).orElse(List.of());
    if (!cards.isEmpty()) {
      tool = "nvidia-smi";
    } else {
      cards = source.run(ROCM_SMI).map(Probe::rocm).orElse(List.of());
      if (!cards.isEmpty()) {
        tool = "rocm-smi";
      }
    }
    Long ram = source.read("/proc/meminfo").map(Probe::memTotal).orElse(null);
    Hardware hw = null;
    if (!cards.isEmpty()) {
      Card biggest = cards.get(0);
      for (Card c : cards) {
        if (c.memoryBytes() > biggest.memoryBytes()) {
          biggest = c;
        }
      }
      Optional<Gpu> known = GpuTable.find(biggest.name());
      hw =
          new Hardware(
              biggest.name(),
              1,
              biggest.memoryBytes(),
              ram,
              known.map(Gpu::bandwidthBytesPerSecond).orElse(null),
              false,
              known.map(Gpu::source).orElse(null));
    } else if (ram != null) {
      hw = Hardware.ramOnly(ram);
    }
    return new Found(tool, cards, ram, hw);
  }

  /** {@code name, MiB} per line, as {@code --format=csv,noheader,nounits} prints it. */
  static List<Card> nvidia(String out) {
    List<Card> cards = new ArrayList<>();
    for (String line : out.split("\\R")) {
      int comma = line.lastIndexOf(',');
      if (comma < 0) {
        continue;
      }
      try {
        long mib = Long.parseLong(line.substring(comma + 1).trim());
        cards.add(new Card(line.substring(0, comma).trim(), mib << 20));
      } catch (NumberFormatException e) {
        // a line that is not a card (a warning, a header)
      }
    }
    return cards;
  }

  /**
   * rocm-smi's CSV: a header naming the columns, then one row per card. The card's name is the
   * "Card series" column and its memory the "VRAM Total Memory (B)" column.
   */
  static List<Card> rocm(String out) {
    List<Card> cards = new ArrayList<>();
    String[] header = null;
    for (String line : out.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells[0].trim().equalsIgnoreCase("device")) {
        header = cells;
        continue;
      }
      if (header == null || !cells[0].trim().toLowerCase(Locale.ROOT).startsWith("card")) {
        continue;
      }
      String name = null;
      Long bytes = null;
      for (int i = 0; i < Math.min(header.length, cells.length); i++) {
        String h = header[i].trim().toLowerCase(Locale.ROOT);
        if (h.equals("card series")) {
          name = cells[i].trim();
        } else if (h.equals("vram total memory (b)")) {
          try {
            bytes = Long.parseLong(cells[i].trim());
          } catch (NumberFormatException e) {
            bytes = null;
          }
        }
      }
      if (bytes != null) {
        cards.add(new Card(name == null ? cells[0].trim() : name, bytes));
      }
    }
    return cards;
  }

  static Long memTotal(String meminfo) {
    Matcher m = MEM_TOTAL.matcher(meminfo);
    return m.find() ? Long.parseLong(m.group(1)) * 1024 : null;
  }

  /** The real machine: runs the tools with a time limit and reads the file. */
  public static Source system() {
    return new Source() {
      @Override
      public Optional<String> run(List<String> command) {
        try {
          Process p =
              new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
          byte[] out = p.getInputStream().readAllBytes();
          if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return Optional.empty();
          }
          return p.exitValue() == 0
              ? Optional.of(new String(out, StandardCharsets.UTF_8))
              : Optional.empty();
        } catch (IOException e) {
          return Optional.empty();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return Optional.empty();
        }
      }

      @Override
      public Optional<String> read(String path) {
        try {
          return Optional.of(Files.readString(Path.of(path)));
        } catch (IOException | RuntimeException e) {
          return Optional.empty();
        }
      }
    };
  }
}
