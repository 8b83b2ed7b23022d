package fr.visioaccueil.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One browser's kept-alive HTTP/1.1 connection, which loads the form and then posts it, as a browser does, and
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

    /** A page loaded over this connection: its status, its Set-Cookie headers and its body. */
    record Page(String path, int status, List<String> cookies, String body) {
    }

    /**
     * Loads a page as the browser does before the post, on the same connection: the post then goes through code
     * this driver has already run, rather than compiling it on the platform's two cores during the race.
     */
    Page get(String path) throws IOException {
        send("GET " + path + " HTTP/1.1\r\nHost: " + host() + "\r\nAccept: text/html\r\n\r\n", new byte[0]);
        Answer answer = answer(true);
        return new Page(path, answer.status(), answer.cookies(),
                new String(answer.body().toByteArray(), StandardCharsets.UTF_8));
    }

    /** Posts a form the way the page's script does (JSON answer); returns the status, the body read and dropped. */
    int postForm(String path, String cookie, String form) throws IOException {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        send("POST " + path + " HTTP/1.1\r\nHost: " + host() + "\r\nAccept: application/json\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nCookie: " + cookie + "\r\nContent-Length: "
                + body.length + "\r\n\r\n", body);
        return answer(false).status();
    }

    private String host() {
        return base.getHost() + ":" + base.getPort();
    }

    private void send(String head, byte[] body) throws IOException {
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private record Answer(int status, List<String> cookies, ByteArrayOutputStream body) {
    }

    /** Reads one answer, its body kept or skipped. */
    private Answer answer(boolean keepBody) throws IOException {
        String status = line();
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        List<String> cookies = new ArrayList<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            String name = header.substring(0, header.indexOf(':')).trim().toLowerCase();
            String value = header.substring(header.indexOf(':') + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                case "connection" -> closing = value.equalsIgnoreCase("close");
                case "set-cookie" -> cookies.add(value);
                default -> { }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (long chunk = Long.parseLong(line(), 16); chunk > 0; chunk = Long.parseLong(line(), 16)) {
                body(chunk, keepBody, body);
                line();
            }
            line();
        } else if (length > 0) {
            body(length, keepBody, body);
        }
        if (closing) {
            // the server ends a connection after its hundredth request, as a browser would see: it opens another
            socket.close();
            open();
        }
        return new Answer(Integer.parseInt(status.split(" ")[1]), cookies, body);
    }

    private void body(long length, boolean keep, ByteArrayOutputStream body) throws IOException {
        if (keep) {
            body.write(in.readNBytes((int) length));
        } else {
            in.skipNBytes(length);
        }
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
