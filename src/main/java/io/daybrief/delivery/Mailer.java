package io.daybrief.delivery;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Owns Jakarta Mail: sends one message by SMTP and says whether a failure is transient or permanent.
 *
 * <p>Thread-safe: each send opens its own connection.
 */
public final class Mailer {

    /** How to reach the mail server. */
    public record Server(String host, int port, String user, String password, boolean startTls, int timeoutSeconds) {
    }

    private final Session session;
    private final Server server;

    public Mailer(Server server) {
        this.server = server;
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", server.host());
        p.setProperty("mail.smtp.port", String.valueOf(server.port()));
        p.setProperty("mail.smtp.connectiontimeout", String.valueOf(server.timeoutSeconds() * 1000));
        p.setProperty("mail.smtp.timeout", String.valueOf(server.timeoutSeconds() * 1000));
        p.setProperty("mail.smtp.writetimeout", String.valueOf(server.timeoutSeconds() * 1000));
        p.setProperty("mail.smtp.starttls.enable", String.valueOf(server.startTls()));
        p.setProperty("mail.smtp.starttls.required", String.valueOf(server.startTls()));
        p.setProperty("mail.smtp.auth", String.valueOf(!server.user().isEmpty()));
        this.session = Session.getInstance(p);
    }

    /** Sends the message and returns its Message-ID. */
    public String send(Email email) throws SendException {
        try {
            MimeMessage message = new FixedIdMessage(session, email.messageId());
            message.setFrom(new InternetAddress(email.from(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to(), true));
            message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            if (email.attachment() == null) {
                message.setContent(alternative);
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternative);
                MimeBodyPart pdf = new MimeBodyPart();
                pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(email.attachment(), "application/pdf")));
                pdf.setFileName(email.fileName());
                mixed.addBodyPart(body);
                mixed.addBodyPart(pdf);
                message.setContent(mixed);
            }
            message.saveChanges();
            if (server.user().isEmpty()) {
                Transport.send(message);
            } else {
                Transport.send(message, server.user(), server.password());
            }
            return message.getMessageID();
        } catch (MessagingException e) {
            throw classify(email.to(), e);
        }
    }

    private SendException classify(String to, MessagingException e) {
        int code = replyCode(e);
        boolean network = hasCause(e, ConnectException.class) || hasCause(e, SocketTimeoutException.class)
                || hasCause(e, UnknownHostException.class);
        boolean transientFailure = network || code >= 400 && code < 500;
        String what = code > 0 ? "the server answered " + code : network ? "the server could not be reached"
                : "the message was refused";
        return new SendException("sending to " + to + " via " + server.host() + ":" + server.port() + " failed: "
                + what + " (" + e.getMessage() + ")", transientFailure, e);
    }

    /** "Could not connect to SMTP host: ..., response: 421": a refused greeting names its code only in the text. */
    private static final java.util.regex.Pattern RESPONSE = java.util.regex.Pattern.compile("response: ([2-5]\\d\\d)");

    private static int replyCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            java.util.regex.Matcher response = RESPONSE.matcher(String.valueOf(t.getMessage()));
            if (response.find()) {
                return Integer.parseInt(response.group(1));
            }
            if (t instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
            if (t instanceof SMTPSendFailedException s) {
                return s.getReturnCode();
            }
            if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
                int code = replyCode(m.getNextException());
                if (code > 0) {
                    return code;
                }
            }
        }
        return -1;
    }

    /** Whether a failure was caused by {@code type}, following causes and chained exceptions a few steps. */
    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 10; depth++) {
            if (type.isInstance(t)) {
                return true;
            }
            t = t.getCause() != null ? t.getCause() : t instanceof MessagingException m ? m.getNextException() : null;
        }
        return false;
    }

    /** Sends a short plain-text notice, such as a failed delivery reported to a briefing's alert address. */
    public void notify(String from, String to, String subject, String text) throws SendException {
        send(new Email("<alert." + Integer.toHexString((subject + to).hashCode()) + "." + System.nanoTime() + "@daybrief>",
                from, to, subject, "<pre>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</pre>", text, null, null));
    }

    /** A message whose Message-ID is the one given, not a new random one, so a retried send is the same message. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
