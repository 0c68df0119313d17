package edu.aum.course.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client with its own cookies, for what a browser does not show: status codes and headers. */
public final class Http {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private String forwardedFor;

    private final CspNonces nonces = new CspNonces();

    /** Every later request says it was forwarded for this client address (the server trusts 127.0.0.1 as a proxy). */
    public Http from(String clientAddress) {
        this.forwardedFor = clientAddress;
        return this;
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(PayaraServer.url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> given, String... headers) {
        Map<String, String> fields = new LinkedHashMap<>(given);
        String nonce = nonces.of(fields.get("jakarta.faces.ViewState"));
        if (nonce != null) {
            fields.putIfAbsent(CspNonces.PARAMETER, nonce); // as PrimeFaces' script adds it to the browser's forms
        }
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PayaraServer.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** Any request with a body and headers of the test's choice (but Host: see {@link #raw}). */
    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PayaraServer.url(path)))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** A response read off the socket: the status line's code, the headers (names in lower case) and the body. */
    public record Raw(int status, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }

    /**
     * Sends a request as written, over a plain socket: for what the JDK client refuses to send, such as a forged
     * Host header. {@code head} holds the request line and headers, without the blank line that ends them.
     */
    public static Raw raw(String head) {
        return raw(head, "");
    }

    /** As {@link #raw(String)}, with a body after the headers (the head names its length). */
    public static Raw raw(String head, String body) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", PayaraServer.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write((head + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String[] lines =
                    response.substring(0, end < 0 ? response.length() : end).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(
                                    lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                                    k -> new ArrayList<>())
                            .add(lines[i].substring(colon + 1).strip());
                }
            }
            return new Raw(
                    Integer.parseInt(lines[0].split(" ")[1]), headers, end < 0 ? "" : response.substring(end + 4));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Cookie header this client would send, e.g. for a load generator that acts as the same signed-in user. */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Signs in through the login form, as a browser would post it; answers the response to the post. */
    public HttpResponse<String> signIn(String email, String password) {
        return signIn(email, password, new String[0]);
    }

    /** Signs in as above, the post carrying these headers too (e.g. an Origin). */
    public HttpResponse<String> signIn(String email, String password, String... headers) {
        String page = get("/login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", email);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page));
        return postForm("/login.xhtml", form, headers);
    }

    public static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("No JSF view state in the page");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            HttpResponse<String> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            nonces.remember(response.body());
            return response;
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
