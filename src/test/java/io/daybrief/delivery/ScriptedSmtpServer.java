package io.daybrief.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server on loopback whose answers a test scripts: it can refuse the first connections with 421
 * (a transient failure) and refuse some recipients with 550 (a permanent one), and it keeps what it accepted.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;
    private final AtomicInteger busyConnections;
    // One connection at a time, as the test needs; a client killed mid-message frees it for the next.
    private volatile String refusedRecipient;
    final List<String> accepted = new CopyOnWriteArrayList<>();

    private final long dataDelayMillis;

    /** From now on, accepts the recipient it refused (a mailbox set up again). */
    void acceptEveryone() {
        refusedRecipient = null;
    }

    ScriptedSmtpServer(int busyConnections, String refusedRecipient) throws IOException {
        this(busyConnections, refusedRecipient, 0);
    }

    /** {@code dataDelayMillis}: how long each message takes to arrive, as over a slow link. */
    ScriptedSmtpServer(int busyConnections, String refusedRecipient, long dataDelayMillis) throws IOException {
        this.dataDelayMillis = dataDelayMillis;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.busyConnections = new AtomicInteger(busyConnections);
        this.refusedRecipient = refusedRecipient;
        this.thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(10_000);
                talk(client);
            } catch (IOException e) {
                // the test closed the server, or a client hung up: take the next connection
            }
        }
    }

    private void talk(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8);
        if (busyConnections.getAndDecrement() > 0) {
            out.print("421 4.3.2 Service not available, try later\r\n");
            out.flush();
            return;
        }
        out.print("220 scripted ESMTP\r\n");
        out.flush();
        String to = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase();
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                out.print("250 scripted\r\n");
            } else if (command.startsWith("MAIL FROM")) {
                out.print("250 OK\r\n");
            } else if (command.startsWith("RCPT TO")) {
                to = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                out.print(to.equals(refusedRecipient) ? "550 5.1.1 No such user\r\n" : "250 OK\r\n");
            } else if (command.equals("DATA")) {
                // A slow server: the client sends the message only once this reply comes, so a client killed
                // meanwhile never finishes the message (a pause after it would find the message already sent).
                pause();
                out.print("354 End data with <CR><LF>.<CR><LF>\r\n");
                out.flush();
                String data = in.readLine();
                while (data != null && !data.equals(".")) {
                    data = in.readLine();
                }
                if (data == null) {
                    return; // the client went away mid-message: nothing was taken
                }
                // Like a real mail server, the message is taken once its end arrives, and the reply follows at once.
                accepted.add(to);
                out.print("250 OK queued\r\n");
            } else if (command.equals("QUIT")) {
                out.print("221 Bye\r\n");
                out.flush();
                return;
            } else {
                out.print("250 OK\r\n");
            }
            out.flush();
        }
    }

    private void pause() {
        try {
            Thread.sleep(dataDelayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
