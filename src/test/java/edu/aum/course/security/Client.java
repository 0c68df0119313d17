package edu.aum.course.security;

import edu.aum.course.testsupport.CspNonces;
import edu.aum.course.testsupport.PayaraServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript for the security suite: its own cookies, no redirects followed, and JSF forms
 * read from a page and posted back as the browser would (all their fields, a button, optionally as PrimeFaces
 * ajax), also as multipart for uploads. Each client says it was forwarded for its own address, so that the
 * suite's requests count against no other test's per-address limits.
 */
final class Client {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1) // as browsers talk to it; no h2c upgrade of a 100k-character URL
            .connectTimeout(Duration.ofSeconds(20))
            .build();
    private final String address;

    Client(String address) {
        this.address = address;
    }

    /** Signs in through the login form; fails the test when it does not land on a home page. */
    Client signIn(String email, String password) {
        Form login = form("/login.xhtml", "login");
        login.set("login:email", email).set("login:password", password);
        HttpResponse<String> answer = login.submit("login:submit");
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("login.xhtml")) {
            throw new AssertionError("Could not sign in as " + email + ": " + answer.statusCode() + " " + location);
        }
        return this;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> getWithBearer(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return post(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postAjax(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, Upload file) {
        String boundary = "----suite" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + file.name() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
        body.writeBytes(file.content());
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (fields.containsKey("jakarta.faces.partial.ajax")) {
            request.header("Faces-Request", "partial/ajax"); // as PrimeFaces' uploader sends it
        }
        return send(request);
    }

    /** A file to upload. */
    record Upload(String name, String contentType, byte[] content) {}

    /** The form of that id on the page at path, with the values the page gives its fields. */
    Form form(String path, String formId) {
        HttpResponse<String> page = get(path);
        if (page.statusCode() != 200) {
            throw new AssertionError(path + " answered " + page.statusCode());
        }
        return Form.of(this, path, page.body(), formId);
    }

    /** A JSF form as read from its page: every field's value, changed by set, posted by submit. */
    static final class Form {
        private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
        private final Client client;
        private final String action;
        private final String id;
        private final Map<String, String> fields = new LinkedHashMap<>();

        private Form(Client client, String action, String id) {
            this.client = client;
            this.action = action;
            this.id = id;
        }

        static Form of(Client client, String path, String html, String formId) {
            Document page = Jsoup.parse(html);
            Element form = page.getElementById(formId);
            if (form == null) {
                throw new AssertionError("No form " + formId + " on " + path);
            }
            String action =
                    form.attr("action").isEmpty() ? path : form.attr("action").replace("&amp;", "&");
            Form read = new Form(client, action, formId);
            Matcher nonce = NONCE.matcher(html);
            if (nonce.find()) { // PrimeFaces' script posts the page's CSP nonce with every form (CspNonces)
                read.fields.put(CspNonces.PARAMETER, nonce.group(1));
            }
            for (Element input : form.select("input[name], textarea[name], select[name]")) {
                String type = input.attr("type");
                if (type.equals("submit") || type.equals("button") || type.equals("file")) {
                    continue;
                }
                if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                    continue;
                }
                String value = input.nameIs("textarea")
                        ? input.wholeText()
                        : input.nameIs("select") ? selected(input) : input.val();
                read.fields.put(input.attr("name"), value);
            }
            return read;
        }

        private static String selected(Element select) {
            Element option = select.selectFirst("option[selected]");
            if (option == null) {
                option = select.selectFirst("option");
            }
            return option == null ? "" : option.val();
        }

        Form set(String name, String value) {
            fields.put(name, value);
            return this;
        }

        Form remove(String name) {
            fields.remove(name);
            return this;
        }

        boolean has(String name) {
            return fields.containsKey(name);
        }

        /** Posts the form as a click on that (non-ajax) button would. */
        HttpResponse<String> submit(String button) {
            Map<String, String> posted = new LinkedHashMap<>(fields);
            posted.put(button, "");
            return client.postForm(action, posted);
        }

        /** Posts the form as PrimeFaces ajax from that source, processing and updating what is named. */
        HttpResponse<String> ajax(String source, String execute, String render) {
            Map<String, String> posted = new LinkedHashMap<>();
            posted.put("jakarta.faces.partial.ajax", "true");
            posted.put("jakarta.faces.source", source);
            posted.put("jakarta.faces.partial.execute", execute);
            posted.put("jakarta.faces.partial.render", render);
            posted.putAll(fields);
            return client.postAjax(action, posted);
        }

        /** Posts the form with a file as multipart, as a click on that button would. */
        HttpResponse<String> upload(String button, String fileField, Upload file) {
            Map<String, String> posted = new LinkedHashMap<>(fields);
            posted.put(button, "");
            return client.postMultipart(action, posted, fileField, file);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("X-Forwarded-For", address).timeout(Duration.ofSeconds(120));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String path) {
        return URI.create(PayaraServer.url(path));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
