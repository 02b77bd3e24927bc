package io.github.advisorcli.advisor.hardware;

/**
 * Decode speed, an estimate: generating a token reads the active weights and the key-value cache
 * once, so tokens per second ≈ bandwidth × efficiency ÷ bytes read per token. Runtimes reach only a
 * part of the peak bandwidth; {@link #LOW_EFFICIENCY} and {@link #HIGH_EFFICIENCY} bound the
 * assumed part.
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
