package org.greencredit.app.storage;

/** The embedded read-model store's port is taken, most often by another instance of the application. */
public class ReadModelPortInUseException extends RuntimeException {

    private final int port;

    public ReadModelPortInUseException(int port, Throwable cause) {
        super("port " + port + " on 127.0.0.1 is already in use", cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
