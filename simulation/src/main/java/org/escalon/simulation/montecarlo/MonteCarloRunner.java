package org.escalon.simulation.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.escalon.core.internal.RandomStreams;
import org.escalon.core.internal.Workers;

/**
 * Runs trials {@code 0..N−1} on a pool of threads with results independent of the number of threads.
 *
 * <pre>
 *   OcAccumulator acc = MonteCarloRunner.run(settings,
 *       () -&gt; { TrialRunner r = new TrialRunner(design, tox);             // one per thread
 *               return (i, rng, a) -&gt; { r.runInPlace(i, rng); a.add(r); }; },
 *       () -&gt; new OcAccumulator(k),                                        // one per block
 *       OcAccumulator::combine);                                            // earlier.combine(later)
 * </pre>
 *
 * <p>Trials are cut into blocks of {@link #BLOCK_SIZE} consecutive indices. A thread takes the next free block,
 * creates a fresh accumulator and runs the block's trials in index order, trial i with
 * {@link RandomStreams#trial(long, long) RandomStreams.trial(seed, i)}. The block accumulators are then combined in
 * block order into the first one. Hence identical results with 1, 2 or N threads, even for floating-point sums.
 */
public final class MonteCarloRunner {

  /** Trials per block (fixed, so results do not depend on the number of threads). */
  public static final int BLOCK_SIZE = 256;

  private MonteCarloRunner() {}

  /**
   * One thread's trial worker.
   *
   * @param <A> the accumulator type
   */
  @FunctionalInterface
  public interface TrialWorker<A> {
    /**
     * Runs trial {@code trialIndex} with its own stream and adds what it measures to {@code accumulator}.
     *
     * @param trialIndex the trial's index i, 0-based (its stream is {@code RandomStreams.trial(seed, i)})
     * @param trialRng the trial's own random stream
     * @param accumulator this thread's accumulator for the current block
     */
    void runTrial(long trialIndex, UniformRandomProvider trialRng, A accumulator);
  }

  /**
   * Runs {@code settings.trials()} trials.
   *
   * @param settings trials, seed, threads
   * @param workerFactory called once per thread; each worker is used by that thread only
   * @param newAccumulator creates an empty accumulator (one per block)
   * @param combine {@code combine.accept(earlier, later)} adds a later block's accumulator into an earlier one
   * @param <A> the accumulator type
   * @return the combined accumulator
   */
  public static <A> A run(
      MonteCarloSettings settings,
      Supplier<? extends TrialWorker<A>> workerFactory,
      Supplier<? extends A> newAccumulator,
      BiConsumer<A, A> combine) {
    return run(settings, BLOCK_SIZE, workerFactory, newAccumulator, combine);
  }

  /**
   * As {@link #run(MonteCarloSettings, Supplier, Supplier, BiConsumer)} with another (fixed) block size: use small
   * blocks when single trials are expensive (PK/PD-coupled trials) so that every thread gets work. Results depend
   * on the block size (floating-point sums are combined per block), never on the number of threads.
   *
   * @param <A> the accumulator type
   * @param settings trials, seed, threads
   * @param workerFactory called once per thread; each worker is used by that thread only
   * @param newAccumulator creates an empty accumulator (one per block)
   * @param combine {@code combine.accept(earlier, later)} adds a later block's accumulator into an earlier one
   * @param blockSize trials per block, &ge; 1
   * @return the accumulator of all trials, the blocks combined in block order
   */
  public static <A> A run(
      MonteCarloSettings settings,
      int blockSize,
      Supplier<? extends TrialWorker<A>> workerFactory,
      Supplier<? extends A> newAccumulator,
      BiConsumer<A, A> combine) {
    if (blockSize < 1) {
      throw new IllegalArgumentException("blockSize = " + blockSize + ": must be >= 1");
    }
    if (settings == null || workerFactory == null || newAccumulator == null || combine == null) {
      throw new IllegalArgumentException("settings, workerFactory, newAccumulator and combine must not be null");
    }
    int blocks = blockCount(settings.trials(), blockSize);
    BlockFold<A> fold = new BlockFold<>(blocks, combine);
    AtomicInteger nextBlock = new AtomicInteger();
    Runnable task =
        () -> {
          TrialWorker<A> worker = workerFactory.get();
          for (int b = nextBlock.getAndIncrement(); b < blocks; b = nextBlock.getAndIncrement()) {
            A acc = runBlock(settings, blockSize, b, worker, newAccumulator);
            synchronized (fold) {
              fold.add(b, acc);
            }
          }
        };
    Workers.run(Math.max(1, Math.min(settings.threads(), blocks)), "escalon-montecarlo", task);
    synchronized (fold) {
      return fold.result();
    }
  }

  /**
   * The number of blocks of {@code blockSize} trials that {@code trials} trials make (the last may be short).
   *
   * @param trials the number of trials, ≥ 1
   * @param blockSize trials per block, &ge; 1
   * @return the number of blocks of {@code blockSize} trials that {@code trials} trials make (the last may be short)
   */
  public static int blockCount(int trials, int blockSize) {
    if (trials < 1 || blockSize < 1) {
      throw new IllegalArgumentException("trials = " + trials + ", blockSize = " + blockSize
          + ": must both be >= 1");
    }
    return (trials + blockSize - 1) / blockSize;
  }

  /**
   * Runs blocks {@code fromBlock..toBlock−1} on the calling thread, exactly as {@link #run(MonteCarloSettings, int,
   * Supplier, Supplier, BiConsumer) run} runs them (a fresh accumulator per block, trial i with {@code
   * RandomStreams.trial(seed, i)}, in index order), and returns their accumulators in block order. Combining them
   * with the other blocks' in block order (see {@link BlockFold}) gives bit for bit what {@code run} returns: the
   * hook for engines that spread blocks over processes or machines. {@code settings.threads()} is not used.
   *
   * @param settings trials, seed, threads
   * @param blockSize trials per block, as the local run uses, &ge; 1
   * @param fromBlock the first block, &ge; 0
   * @param toBlock one past the last block, in {@code fromBlock+1..blockCount(trials, blockSize)}
   * @param worker creates one trial worker (called once per block, on the thread that runs it)
   * @param newAccumulator creates an empty accumulator (one per block)
   * @param <A> the accumulator type
   * @return the blocks' accumulators, in block order
   */
  public static <A> List<A> runBlocks(MonteCarloSettings settings, int blockSize, int fromBlock, int toBlock,
      TrialWorker<A> worker, Supplier<? extends A> newAccumulator) {
    if (settings == null || worker == null || newAccumulator == null) {
      throw new IllegalArgumentException("settings, worker and newAccumulator must not be null");
    }
    int blocks = blockCount(settings.trials(), blockSize);
    if (fromBlock < 0 || toBlock <= fromBlock || toBlock > blocks) {
      throw new IllegalArgumentException("blocks [" + fromBlock + ", " + toBlock + "): must satisfy 0 <= from < to"
          + " <= " + blocks + " (" + settings.trials() + " trials in blocks of " + blockSize + ")");
    }
    List<A> out = new ArrayList<>(toBlock - fromBlock);
    for (int b = fromBlock; b < toBlock; b++) {
      out.add(runBlock(settings, blockSize, b, worker, newAccumulator));
    }
    return out;
  }

  /** Block b: a fresh accumulator, trials in index order, each with its own stream. */
  private static <A> A runBlock(MonteCarloSettings settings, int blockSize, int b, TrialWorker<A> worker,
      Supplier<? extends A> newAccumulator) {
    A acc = newAccumulator.get();
    long from = (long) b * blockSize;
    long to = Math.min(from + blockSize, settings.trials());
    for (long i = from; i < to; i++) {
      Workers.checkStop();
      worker.runTrial(i, RandomStreams.trial(settings.seed(), i), acc);
    }
    return acc;
  }
}
