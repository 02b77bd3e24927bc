package io.github.advisorcli.advisor.hardware;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.Suggest;
import io.github.advisorcli.advisor.UnknownNameException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Common accelerators with their memory and memory bandwidth, each from the vendor's page.
 * docs/hardware.md shows the same table; a part whose figures could not be checked is left out.
 */
public final class GpuTable {
  private static final long GIB = 1L << 30;
  private static final long GBPS = 1_000_000_000L;
  private static final Pattern COUNT = Pattern.compile("(.+?)\\s*[x×*]\\s*(\\d{1,3})");
  private static final List<String> VENDOR_WORDS =
      List.of("nvidia", "geforce", "tesla", "amd", "radeon", "instinct", "intel", "apple");

  private static final String A100 =
      "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/"
          + "nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf";
  private static final String H100 = "https://www.nvidia.com/en-us/data-center/h100/";
  private static final String M3 =
      "https://www.apple.com/newsroom/2023/10/"
          + "apple-unveils-m3-m3-pro-and-m3-max-the-most-advanced-chips-for-a-personal-computer/";
  private static final String M2_ULTRA =
      "https://www.apple.com/newsroom/2023/06/apple-introduces-m2-ultra/";

  private static final List<Gpu> GPUS =
      List.of(
          gpu(
              "rtx-3090",
              "NVIDIA GeForce RTX 3090",
              "nvidia",
              24,
              936,
              "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3090-3090ti/",
              "3090"),
          gpu(
              "rtx-4090",
              "NVIDIA GeForce RTX 4090",
              "nvidia",
              24,
              1008,
              "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4090/",
              "4090"),
          gpu(
              "rtx-5090",
              "NVIDIA GeForce RTX 5090",
              "nvidia",
              32,
              1792,
              "https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5090/",
              "5090"),
          gpu(
              "a100-40gb",
              "NVIDIA A100 40GB",
              "nvidia",
              40,
              1555,
              A100,
              "a100-sxm4-40gb",
              "a100-pcie-40gb",
              "a100-40"),
          gpu(
              "a100-80gb",
              "NVIDIA A100 80GB SXM",
              "nvidia",
              80,
              2039,
              A100,
              "a100-sxm4-80gb",
              "a100-80gb-sxm",
              "a100-80"),
          gpu(
              "a100-80gb-pcie",
              "NVIDIA A100 80GB PCIe",
              "nvidia",
              80,
              1935,
              A100,
              "a100-pcie-80gb",
              "a100-80gb-pcie"),
          gpu(
              "h100-sxm",
              "NVIDIA H100 SXM",
              "nvidia",
              80,
              3350,
              H100,
              "h100",
              "h100-80gb-hbm3",
              "h100-sxm5-80gb"),
          gpu("h100-pcie", "NVIDIA H100 PCIe", "nvidia", 80, 2000, H100),
          gpu("l4", "NVIDIA L4", "nvidia", 24, 300, "https://www.nvidia.com/en-us/data-center/l4/"),
          gpu(
              "l40s",
              "NVIDIA L40S",
              "nvidia",
              48,
              864,
              "https://www.nvidia.com/en-us/data-center/l40s/"),
          gpu(
              "t4",
              "NVIDIA T4",
              "nvidia",
              16,
              320,
              "https://www.nvidia.com/en-us/data-center/tesla-t4/"),
          gpu(
              "a10",
              "NVIDIA A10",
              "nvidia",
              24,
              600,
              "https://www.nvidia.com/en-us/data-center/products/a10-gpu/"),
          gpu(
              "rx-7900-xtx",
              "AMD Radeon RX 7900 XTX",
              "amd",
              24,
              960,
              "https://www.amd.com/en/products/graphics/desktops/radeon/7000-series/"
                  + "amd-radeon-rx-7900xtx.html",
              "7900-xtx",
              "7900xtx"),
          gpu(
              "mi300x",
              "AMD Instinct MI300X",
              "amd",
              192,
              5300,
              "https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html"),
          apple("m3-max", "Apple M3 Max (14-core CPU, 30-core GPU, 36GB)", 36, 300, M3),
          apple("m3-max-128gb", "Apple M3 Max (16-core CPU, 40-core GPU, 128GB)", 128, 400, M3),
          apple("m2-ultra", "Apple M2 Ultra (64GB)", 64, 800, M2_ULTRA),
          apple("m2-ultra-192gb", "Apple M2 Ultra (192GB)", 192, 800, M2_ULTRA),
          gpu(
              "arc-a770",
              "Intel Arc A770 16GB",
              "intel",
              16,
              560,
              "https://www.intel.com/content/www/us/en/products/sku/229151/"
                  + "intel-arc-a770-graphics-16gb/specifications.html",
              "a770"),
          gpu(
              "arc-b580",
              "Intel Arc B580",
              "intel",
              12,
              456,
              "https://www.intel.com/content/www/us/en/products/sku/241598/"
                  + "intel-arc-b580-graphics/specifications.html",
              "b580"));

  private GpuTable() {}

  public static List<Gpu> all() {
    return GPUS;
  }

  private static Gpu gpu(
      String id,
      String name,
      String vendor,
      long gib,
      long gbps,
      String source,
      String... aliases) {
    return new Gpu(id, name, vendor, gib * GIB, gbps * GBPS, false, source, List.of(aliases));
  }

  private static Gpu apple(String id, String name, long gib, long gbps, String source) {
    return new Gpu(id, name, "apple", gib * GIB, gbps * GBPS, true, source, List.of());
  }

  /** The part a name means, as people type it or as nvidia-smi and rocm-smi print it. */
  public static Optional<Gpu> find(String name) {
    String key = key(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    for (Gpu g : GPUS) {
      if (key(g.id()).equals(key) || key(g.name()).equals(key)) {
        return Optional.of(g);
      }
      for (String a : g.aliases()) {
        if (key(a).equals(key)) {
          return Optional.of(g);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code --gpu NAME[xN]}: the part, times N cards when asked. Unknown names fail with the nearest
   * known ones.
   */
  public static Hardware parse(String text) {
    String t = text.trim();
    Optional<Gpu> whole = find(t);
    if (whole.isPresent()) {
      return Hardware.of(whole.get(), 1);
    }
    Matcher m = COUNT.matcher(t);
    if (m.matches()) {
      Optional<Gpu> part = find(m.group(1));
      if (part.isPresent()) {
        int n = Integer.parseInt(m.group(2));
        if (n < 1) {
          throw new AdvisorException("card count must be at least 1 in '" + t + "'");
        }
        return Hardware.of(part.get(), n);
      }
    }
    List<String> names = new ArrayList<>();
    GPUS.forEach(g -> names.add(g.id()));
    throw new UnknownNameException("gpu", text, Suggest.nearest(t.toLowerCase(Locale.ROOT), names));
  }

  /** Lower case, vendor words and punctuation dropped: "NVIDIA GeForce RTX 4090" is "rtx4090". */
  static String key(String name) {
    String s = name.toLowerCase(Locale.ROOT);
    for (String w : VENDOR_WORDS) {
      s = s.replace(w, " ");
    }
    return s.replaceAll("[^a-z0-9]", "");
  }
}
