package fr.visioaccueil;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A plain HTTP client signed in through the real sign-in form, for what MockMvc cannot show: the error pages
 * rendered by the servlet container and the multipart size limit.
 */
public final class SignedInClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private SignedInClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static SignedInClient anonymous(int port) {
        return new SignedInClient(port);
    }

    public static SignedInClient signIn(int port, String email, String password) {
        SignedInClient client = new SignedInClient(port);
        HttpResponse<String> response = client.postForm("/connexion", Map.of("email", email, "password", password));
        if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/espace")) {
            throw new IllegalStateException("Connexion refusée pour " + email + " : " + response.statusCode());
        }
        return client;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** A response read line by line as it comes, e.g. a stream of server-sent events that never ends. */
    public HttpResponse<Stream<String>> lines(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofLines());
    }

    /** A form post carrying the CSRF token of a freshly loaded page, as a browser would. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + encode(csrfToken());
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** One file posted as multipart, the CSRF token in the address as our upload forms do. */
    public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content) {
        return send(multipart(path + "?_csrf=" + encode(csrfToken()), field, fileName, content).build());
    }

    /** One file posted as multipart as a page's script does, the CSRF token in the {@code X-CSRF-TOKEN} header. */
    public HttpResponse<String> fetchFile(String path, String field, String fileName, byte[] content) {
        return send(multipart(path, field, fileName, content).header("X-CSRF-TOKEN", csrfToken())
                .header("Accept", "application/json").build());
    }

    private HttpRequest.Builder multipart(String pathAndQuery, String field, String fileName, byte[] content) {
        String boundary = "----visio" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private String csrfToken() {
        Matcher matcher = CSRF.matcher(get("/connexion").body());
        if (!matcher.find()) {
            throw new IllegalStateException("Pas de jeton CSRF dans la page");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
