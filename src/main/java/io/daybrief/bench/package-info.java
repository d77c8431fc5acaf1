/**
 * Benchmarks: generated fictional articles from a fixed seed, and timed runs of each stage reported as median
 * and p90 with the heap peak. Measures only; nothing else depends on it but the command line.
 */
package io.daybrief.bench;
