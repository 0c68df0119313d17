package edu.aum.course.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in the test JVM between the shared server and a real part (MariaDB, the SMTP server), to make
 * faults real: cut() drops every connection and refuses new ones as a stopped database would, restore() lets
 * them through again; holdAfterMailData() lets the next mail reach the SMTP server but keeps its "250 OK" from
 * the sender, as if the sender died in between. Plain java.net, one thread per direction.
 */
public final class TcpProxy implements AutoCloseable {

    private static final byte[] END_OF_DATA = {'\r', '\n', '.', '\r', '\n'};

    private final String host;
    private final int targetPort;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile boolean holdAfterData;
    private volatile String heldRecipient;
    private volatile boolean holding;

    public TcpProxy(String host, int targetPort) {
        this.host = host;
        this.targetPort = targetPort;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("Could not open a proxy port", e);
        }
        Thread acceptor = new Thread(this::accept, "proxy-" + targetPort);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Drops every open connection; new ones are closed at once until restore(). */
    public void cut() {
        cut = true;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    public void restore() {
        cut = false;
    }

    /**
     * The next mail to this recipient: its end of data (CRLF.CRLF) goes through; every reply after it is held
     * until release().
     */
    public void holdAfterMailData(String recipient) {
        heldRecipient = "<" + recipient + ">";
        holdAfterData = true;
    }

    /** Whether a reply is being held: the mail reached the SMTP server and its sender waits for the answer. */
    public boolean isHolding() {
        return holding;
    }

    /** Replies flow again (connections whose sender died meanwhile are gone). */
    public void release() {
        holdAfterData = false;
        holding = false;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    client.close();
                    continue;
                }
                Socket target = new Socket(host, targetPort);
                open.add(client);
                open.add(target);
                pump(client, target, true);
                pump(target, client, false);
            } catch (IOException e) {
                // the target refused or the proxy closed: the client sees its connection end
            }
        }
    }

    private void pump(Socket from, Socket to, boolean upstream) {
        Thread thread = new Thread(() -> copy(from, to, upstream), "proxy-pump-" + targetPort);
        thread.setDaemon(true);
        thread.start();
    }

    private void copy(Socket from, Socket to, boolean upstream) {
        byte[] buffer = new byte[16384];
        int matched = 0;
        boolean forRecipient = false;
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (upstream && holdAfterData) {
                    String text = new String(buffer, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1);
                    if (text.regionMatches(true, 0, "MAIL FROM", 0, 9)) {
                        forRecipient = false; // a new mail on the same connection
                    }
                    forRecipient |= heldRecipient != null && text.contains(heldRecipient);
                    if (forRecipient) {
                        matched = scan(buffer, read, matched);
                    }
                }
                while (!upstream && holding) {
                    Thread.sleep(20); // the reply waits, as the sender would for a server that went quiet
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed: close the other
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    /** Finds the end of a mail's data in the client's bytes (across reads); from then on replies are held. */
    private int scan(byte[] buffer, int length, int matched) {
        for (int i = 0; i < length; i++) {
            matched = buffer[i] == END_OF_DATA[matched] ? matched + 1 : (buffer[i] == END_OF_DATA[0] ? 1 : 0);
            if (matched == END_OF_DATA.length) {
                holding = true;
                holdAfterData = false;
                return 0;
            }
        }
        return matched;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
