package io.github.advisorcli.advisor.hardware;

/**
 * Decode speed, an estimate: generating a token reads the active weights and the key-value cache
 * once, so tokens per second ≈ bandwidth × efficiency ÷ bytes read per token. Runtimes reach only a
 * part of the peak bandwidth; {@link #LOW_EFFICIENCY} and {@link #HIGH_EFFICIENCY} bound that part,
 * from llama.cpp's measurements: 0.49 of the peak end to end (llama.cpp pull request 1752, LLaMA 7B
 * Q6_K on an M2 Max) and 0.78 attainable at all (pull request 1642, M1 Max GPU). docs/hardware.md
 * shows the arithmetic.
 *
 * @param low tokens per second at the low efficiency
 * @param high tokens per second at the high efficiency
 * @param bytesPerToken bytes read per generated token
 * @param bandwidth the bandwidth used, bytes per second
 */
public record Speed(double low, double high, long bytesPerToken, long bandwidth) {
  public static final double LOW_EFFICIENCY = 0.5;
  public static final double HIGH_EFFICIENCY = 0.8;

  public static Speed of(long bytesPerToken, long bandwidth) {
    double peak = (double) bandwidth / bytesPerToken;
    return new Speed(peak * LOW_EFFICIENCY, peak * HIGH_EFFICIENCY, bytesPerToken, bandwidth);
  }
}
