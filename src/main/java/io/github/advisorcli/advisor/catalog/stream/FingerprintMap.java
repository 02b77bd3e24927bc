package io.github.advisorcli.advisor.catalog.stream;

/**
 * A compact map from 64-bit fingerprints of strings to the index of the model that owns them:
 * twelve bytes a slot instead of a string and a map entry. A fingerprint match is only a suspicion,
 * to be confirmed against the strings themselves; two different strings share a fingerprint with
 * probability about n²/2⁶⁵ (about 3·10⁻⁸ for two million strings).
 */
final class FingerprintMap {
  private static final long EMPTY = 0;

  private long[] keys;
  private int[] owners;
  private int size;

  FingerprintMap() {
    keys = new long[1 << 10];
    owners = new int[1 << 10];
  }

  /** A well-mixed 64-bit fingerprint of the string, never 0. */
  static long of(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    // Murmur3's finaliser spreads FNV's low-entropy high bits.
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == EMPTY ? 1 : h;
  }

  /**
   * The owner already recorded for {@code fingerprint}, or records {@code owner} and returns -1.
   */
  int putIfAbsent(long fingerprint, int owner) {
    int mask = keys.length - 1;
    int i = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
    while (keys[i] != EMPTY) {
      if (keys[i] == fingerprint) {
        return owners[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = fingerprint;
    owners[i] = owner;
    if (++size * 4 > keys.length * 3) {
      grow();
    }
    return -1;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldOwners = owners;
    keys = new long[oldKeys.length * 2];
    owners = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long k = oldKeys[j];
      if (k != EMPTY) {
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        owners[i] = oldOwners[j];
      }
    }
  }
}
