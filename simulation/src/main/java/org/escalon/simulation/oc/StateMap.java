package org.escalon.simulation.oc;

import java.util.Arrays;

/**
 * Open-addressing hash map from fixed-width multi-word keys ({@code long[words]}) to probabilities, summing values
 * of equal keys. Internal to the exact engine; not thread-safe.
 */
final class StateMap {

  private final int words;
  private long[] keys;
  private double[] values;
  private boolean[] used;
  private int size;
  private int mask;

  StateMap(int words, int initialCapacity) {
    this.words = words;
    int cap = Integer.highestOneBit(Math.max(16, initialCapacity) * 2 - 1);
    allocate(cap);
  }

  private void allocate(int cap) {
    keys = new long[cap * words];
    values = new double[cap];
    used = new boolean[cap];
    mask = cap - 1;
    size = 0;
  }

  int size() {
    return size;
  }

  int capacity() {
    return used.length;
  }

  boolean isUsed(int slot) {
    return used[slot];
  }

  double value(int slot) {
    return values[slot];
  }

  void key(int slot, long[] out) {
    System.arraycopy(keys, slot * words, out, 0, words);
  }

  /** Adds {@code p} to the value of {@code key}. */
  void add(long[] key, double p) {
    if ((size + 1) * 2 > used.length) {
      grow();
    }
    int slot = hash(key) & mask;
    while (true) {
      if (!used[slot]) {
        used[slot] = true;
        System.arraycopy(key, 0, keys, slot * words, words);
        values[slot] = p;
        size++;
        return;
      }
      if (equalsAt(slot, key)) {
        values[slot] += p;
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  private boolean equalsAt(int slot, long[] key) {
    int base = slot * words;
    for (int w = 0; w < words; w++) {
      if (keys[base + w] != key[w]) {
        return false;
      }
    }
    return true;
  }

  private int hash(long[] key) {
    long h = 0x9E3779B97F4A7C15L;
    for (int w = 0; w < words; w++) {
      h = (h ^ key[w]) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    return (int) (h ^ (h >>> 32));
  }

  private void grow() {
    long[] oldKeys = keys;
    double[] oldValues = values;
    boolean[] oldUsed = used;
    allocate(oldUsed.length * 2);
    long[] k = new long[words];
    for (int s = 0; s < oldUsed.length; s++) {
      if (oldUsed[s]) {
        System.arraycopy(oldKeys, s * words, k, 0, words);
        add(k, oldValues[s]);
      }
    }
  }

  @Override
  public String toString() {
    return "StateMap[size=" + size + ", words=" + words + ", keys=" + Arrays.hashCode(keys) + "]";
  }
}
