package io.daybrief.delivery;

import java.io.IOException;
import java.util.List;

/** Lets tests in other packages use the scripted SMTP server, accepting every message at once. */
public final class ScriptedSmtpServerAccess implements AutoCloseable {

    private final ScriptedSmtpServer server;

    private ScriptedSmtpServerAccess(ScriptedSmtpServer server) {
        this.server = server;
    }

    public static ScriptedSmtpServerAccess start() throws IOException {
        return new ScriptedSmtpServerAccess(new ScriptedSmtpServer(0, null));
    }

    public int port() {
        return server.port();
    }

    public List<String> accepted() {
        return List.copyOf(server.accepted);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
