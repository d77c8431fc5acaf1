package io.daybrief.analysis;

/**
 * A person, organisation or place named in a text, in the fullest form the text gives.
 *
 * @param text the name
 * @param type {@code person}, {@code organisation} or {@code place}
 */
public record Entity(String text, String type) {
}
