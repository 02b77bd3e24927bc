package io.github.advisorcli.advisor.hardware;

import java.util.List;

/**
 * One accelerator as its vendor specifies it.
 *
 * @param id the name to type, e.g. {@code rtx-4090}
 * @param name the vendor's name
 * @param vendor nvidia, amd, apple or intel
 * @param memoryBytes memory of one card (vendors' "GB" of DRAM are binary gigabytes)
 * @param bandwidthBytesPerSecond peak memory bandwidth (decimal GB/s as vendors quote it)
 * @param unified memory shared with the CPU (Apple silicon)
 * @param source the vendor page the figures come from
 * @param aliases other spellings, including how nvidia-smi and rocm-smi name the part
 */
public record Gpu(
    String id,
    String name,
    String vendor,
    long memoryBytes,
    long bandwidthBytesPerSecond,
    boolean unified,
    String source,
    List<String> aliases) {
  public Gpu {
    aliases = List.copyOf(aliases);
  }
}
