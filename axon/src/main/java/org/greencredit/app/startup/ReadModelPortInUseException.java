package org.greencredit.app.startup;

/**
 * The embedded read-model store's port is taken, most often by another instance of the application. Kept with the
 * other start failures so that {@link StartupFailureAnalyzer} names it without depending on the storage it explains.
 */
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
