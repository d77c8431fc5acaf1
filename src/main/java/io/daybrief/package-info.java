/**
 * The composition root ({@link io.daybrief.Daybrief}), which builds every part with {@code new}, and the front
 * door for making editions ({@link io.daybrief.Editions}), which scheduled runs, on-demand runs and re-runs all
 * go through.
 */
package io.daybrief;
