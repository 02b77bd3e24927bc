package io.github.advisorcli.advisor.hardware;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a model fits the hardware, best first. */
public enum FitLevel {
  /** Everything in accelerator memory. */
  FULL_GPU("full-gpu"),
  /** Accelerator memory plus system memory for the layers that do not fit. */
  PARTIAL_OFFLOAD("partial-offload"),
  /** No accelerator: system memory holds everything. */
  CPU_ONLY("cpu-only"),
  DOES_NOT_FIT("does-not-fit");

  private final String id;

  FitLevel(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  /** Where {@code total} bytes go on {@code hw}. */
  public static FitLevel of(long total, Hardware hw) {
    if (hw.hasGpu()) {
      if (total <= hw.vramBytes()) {
        return FULL_GPU;
      }
      if (hw.ramBytes() != null && !hw.unified() && total <= hw.vramBytes() + hw.ramBytes()) {
        return PARTIAL_OFFLOAD;
      }
      return DOES_NOT_FIT;
    }
    if (hw.ramBytes() != null && total <= hw.ramBytes()) {
      return CPU_ONLY;
    }
    return DOES_NOT_FIT;
  }

  @Override
  public String toString() {
    return id;
  }
}
