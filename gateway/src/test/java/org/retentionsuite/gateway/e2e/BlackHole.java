package org.retentionsuite.gateway.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** Accepts TCP connections on a port and never sends a byte: a service that hangs. */
final class BlackHole implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> accepted = new ArrayList<>();
    private boolean closed;

    BlackHole(int port) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(port));
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    synchronized (accepted) {
                        if (closed) {
                            // Accepted just before the close, added after it: closed here, or the caller's
                            // connection would stay open with nobody answering on it.
                            socket.close();
                            return;
                        }
                        accepted.add(socket);
                    }
                } catch (IOException serverClosed) {
                    return;
                }
            }
        }, "black-hole");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (accepted) {
            closed = true;
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }
}
