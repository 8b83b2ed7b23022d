package fr.visioaccueil.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One browser's kept-alive HTTP/1.1 connection, opened before a race as the page's own load would leave it, and
 * written by hand: the JDK's client spent two milliseconds of CPU per request on the two cores the platform uses,
 * which a browser on the citizen's own computer does not take from the server.
 */
final class KeptConnection implements AutoCloseable {

    private final URI base;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeptConnection(URI base) throws IOException {
        this.base = base;
        open();
    }

    private void open() throws IOException {
        socket = new Socket(base.getHost(), base.getPort());
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Posts a form the way the page's script does (JSON answer); returns the status, the body read and dropped. */
    int postForm(String path, String cookie, String form) throws IOException {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nAccept: application/json\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nCookie: " + cookie + "\r\nContent-Length: "
                + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String status = line();
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String name = header.substring(0, header.indexOf(':')).trim().toLowerCase();
            String value = header.substring(header.indexOf(':') + 1).trim();
            if (name.equals("content-length")) {
                length = Long.parseLong(value);
            } else if (name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
                closing = true;
            }
        }
        if (chunked) {
            for (long chunk = Long.parseLong(line(), 16); chunk > 0; chunk = Long.parseLong(line(), 16)) {
                in.skipNBytes(chunk);
                line();
            }
            line();
        } else if (length > 0) {
            in.skipNBytes(length);
        }
        if (closing) {
            // the server ends a connection after its hundredth request, as a browser would see: it opens another
            socket.close();
            open();
        }
        return Integer.parseInt(status.split(" ")[1]);
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed by the platform");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
