/**
 * The {@code daybrief} command line (picocli): each command is a short caller of one front door, and prints
 * what happened for a person to read.
 *
 * <p>May use every package; nothing uses it.
 */
package io.daybrief.cli;
