package io.github.advisorcli.advisor.hardware;

/**
 * What a model must fit into. Cards are summed only when {@code cards} says so.
 *
 * @param name what the hardware is called
 * @param cards how many identical cards (1 unless asked)
 * @param vramBytes accelerator memory, all cards together; 0 without one
 * @param ramBytes system memory for offloaded layers, or null when not given
 * @param bandwidthBytesPerSecond the memory bandwidth of one card, or null when not known
 * @param unified the accelerator shares its memory with the CPU (Apple silicon)
 * @param source where the figures come from, or null for figures the user gave
 */
public record Hardware(
    String name,
    int cards,
    long vramBytes,
    Long ramBytes,
    Long bandwidthBytesPerSecond,
    boolean unified,
    String source) {

  public static Hardware of(Gpu g, int cards) {
    return new Hardware(
        cards == 1 ? g.id() : g.id() + "x" + cards,
        cards,
        g.memoryBytes() * cards,
        null,
        g.bandwidthBytesPerSecond(),
        g.unified(),
        g.source());
  }

  /** {@code --vram SIZE}: memory only, no bandwidth. */
  public static Hardware vram(long bytes) {
    return new Hardware("vram", 1, bytes, null, null, false, null);
  }

  /** {@code --ram SIZE} without an accelerator. */
  public static Hardware ramOnly(long bytes) {
    return new Hardware("cpu", 1, 0, bytes, null, false, null);
  }

  public Hardware withRam(Long bytes) {
    return new Hardware(name, cards, vramBytes, bytes, bandwidthBytesPerSecond, unified, source);
  }

  public boolean hasGpu() {
    return vramBytes > 0;
  }
}
