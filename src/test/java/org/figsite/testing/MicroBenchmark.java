package org.figsite.testing;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How figsite's JMH benchmarks run (JMH reads these from the superclass): average time per call,
 * state per thread, three warm-up and five measured iterations of two seconds, in one fork. A
 * subclass adds its own {@code @OutputTimeUnit}; {@code bench/jmh.sh} runs them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class MicroBenchmark {}
