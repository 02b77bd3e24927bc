package io.github.advisorcli.advisor.score;

/** How criterion scores are combined into one. */
public enum Method {
  /** Σ w·s / Σ w. */
  WEIGHTED_SUM,
  /** Closeness to the ideal model among the candidates (Hwang and Yoon, 1981). */
  TOPSIS;

  @Override
  public String toString() {
    return this == WEIGHTED_SUM ? "weighted-sum" : "topsis";
  }
}
