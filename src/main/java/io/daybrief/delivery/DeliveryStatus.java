package io.daybrief.delivery;

import java.util.Locale;

/** Where one (edition, recipient) delivery stands. */
public enum DeliveryStatus {
    /** Waiting to be sent, for the first time or again after a transient failure. */
    PENDING,
    /** Claimed by a sender; a row left so by a crash is sent again once it is older than any live send. */
    SENDING,
    /** Sent, with its message id: never sent again. */
    SENT,
    /** Failed for good (a permanent refusal, or every retry spent), with the reason. */
    FAILED;

    /** How the database and people write it: lower case. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a stored word names. */
    static DeliveryStatus of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
