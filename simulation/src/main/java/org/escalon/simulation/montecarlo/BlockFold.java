package org.escalon.simulation.montecarlo;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Combines the accumulators of Monte Carlo blocks {@code 0..n−1} in block order, whatever order they arrive in:
 * <pre>
 *   total = block 0;   total.combine(block 1);   total.combine(block 2);   …   total.combine(block n−1)
 * </pre>
 * the one reduction order of {@link MonteCarloRunner}, so that floating-point sums are bit-identical however the
 * blocks were computed (threads here, or tasks of a distributed engine). A block that arrives early waits until
 * every block before it has been combined; it is released as soon as it is. Not thread-safe: callers
 * synchronise (or call from one thread).
 *
 * @param <A> the accumulator type
 */
public final class BlockFold<A> {

  private final int blocks;
  private final BiConsumer<A, A> combine;
  private final Map<Integer, A> waiting = new HashMap<>();
  private A total;
  private int next;

  /**
   * @param blocks the number of blocks, &ge; 1
   * @param combine {@code combine.accept(earlier, later)} adds a later block's accumulator into an earlier one
   */
  public BlockFold(int blocks, BiConsumer<A, A> combine) {
    if (blocks < 1) {
      throw new IllegalArgumentException("blocks = " + blocks + ": must be >= 1");
    }
    this.blocks = blocks;
    this.combine = Objects.requireNonNull(combine, "combine");
  }

  /**
   * Hands over block {@code block}'s accumulator (each block exactly once).
   *
   * @param block the block index, 0..blocks − 1
   * @param accumulator the block's accumulator, folded in block order
   * @throws IllegalArgumentException if {@code block} is outside {@code 0..blocks−1} or was given before
   */
  public void add(int block, A accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    if (block < 0 || block >= blocks) {
      throw new IllegalArgumentException("block = " + block + ": must be in 0.." + (blocks - 1));
    }
    if (block < next || waiting.containsKey(block)) {
      throw new IllegalArgumentException("block = " + block + ": was already added");
    }
    waiting.put(block, accumulator);
    for (A a = waiting.remove(next); a != null; a = waiting.remove(next)) {
      if (next == 0) {
        total = a;
      } else {
        combine.accept(total, a);
      }
      next++;
    }
  }

  /**
   * Whether every block has been combined.
   *
   * @return whether every block has been combined
   */
  public boolean isComplete() {
    return next == blocks;
  }

  /**
   * The combined accumulator (block 0's object, with every later block added).
   *
   * @return the combined accumulator (block 0's object, with every later block added)
   * @throws IllegalStateException if a block is missing
   */
  public A result() {
    if (!isComplete()) {
      throw new IllegalStateException("block " + next + " of " + blocks + " is missing");
    }
    return total;
  }
}
