package io.github.advisorcli.advisor.score;

/**
 * TOPSIS (Hwang and Yoon, 1981): each criterion column is vector-normalised and weighted; a model's
 * score is its closeness to the ideal point (the best value of every column among the candidates)
 * relative to the anti-ideal point (the worst): d⁻ / (d⁺ + d⁻). All criteria are benefits.
 */
public final class Topsis {
  private Topsis() {}

  public static double[] closeness(double[][] matrix, double[] weights) {
    int n = matrix.length;
    int k = weights.length;
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double[][] v = new double[n][k];
    for (int j = 0; j < k; j++) {
      double norm = 0;
      for (double[] row : matrix) {
        norm += row[j] * row[j];
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < n; i++) {
        v[i][j] = norm == 0 ? 0 : weights[j] / total * matrix[i][j] / norm;
      }
    }
    double[] best = new double[k];
    double[] worst = new double[k];
    for (int j = 0; j < k; j++) {
      best[j] = Double.NEGATIVE_INFINITY;
      worst[j] = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        best[j] = Math.max(best[j], v[i][j]);
        worst[j] = Math.min(worst[j], v[i][j]);
      }
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double dPlus = 0;
      double dMinus = 0;
      for (int j = 0; j < k; j++) {
        dPlus += (v[i][j] - best[j]) * (v[i][j] - best[j]);
        dMinus += (v[i][j] - worst[j]) * (v[i][j] - worst[j]);
      }
      dPlus = Math.sqrt(dPlus);
      dMinus = Math.sqrt(dMinus);
      out[i] = dPlus + dMinus == 0 ? 1.0 : Facts.clamp(dMinus / (dPlus + dMinus));
    }
    return out;
  }
}
