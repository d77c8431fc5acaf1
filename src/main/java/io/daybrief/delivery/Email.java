package io.daybrief.delivery;

import java.util.Objects;

/**
 * One message to one recipient.
 *
 * @param messageId  the Message-ID to send it under, fixed per edition and recipient so a resend is the same message
 * @param from       the sender
 * @param to         the recipient
 * @param subject    the subject line, without line breaks
 * @param html       the HTML body
 * @param text       the plain-text body
 * @param attachment the PDF to attach, or {@code null} to send a link in the body instead
 * @param fileName   the attachment's file name
 */
public record Email(String messageId, String from, String to, String subject, String html, String text,
                    byte[] attachment, String fileName) {

    public Email {
        Objects.requireNonNull(to, "to");
        if (subject.contains("\r") || subject.contains("\n") || to.contains("\n") || to.contains("\r")) {
            throw new IllegalArgumentException("a header may not hold a line break: " + subject.replace("\n", "\\n"));
        }
    }
}
