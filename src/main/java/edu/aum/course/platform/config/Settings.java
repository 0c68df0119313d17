package edu.aum.course.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of the README's "Configuration" table, read once through MicroProfile Config
 * (environment variables override META-INF/microprofile-config.properties). The database settings
 * are read by the data source itself (DataSourceConfiguration).
 */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "public.base.url", defaultValue = "http://localhost:8080")
    String publicBaseUrl;

    @Inject
    @ConfigProperty(name = "demo.data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "smtp.port", defaultValue = "587")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "smtp.starttls", defaultValue = "true")
    boolean smtpStartTls;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "Essay Certificates <no-reply@localhost>")
    String mailFrom;

    @Inject
    @ConfigProperty(name = "mail.retry.base.seconds", defaultValue = "30")
    long mailRetryBaseSeconds;

    @Inject
    @ConfigProperty(name = "signing.keystore")
    Optional<String> signingKeystore;

    @Inject
    @ConfigProperty(name = "signing.keystore.password")
    Optional<String> signingKeystorePassword;

    @Inject
    @ConfigProperty(name = "certificate.templates.dir", defaultValue = "./certificates-templates")
    String certificateTemplatesDir;

    @Inject
    @ConfigProperty(name = "trusted.proxies")
    Optional<String> trustedProxies;

    /** Without a trailing slash, so that paths can be appended. */
    public String publicBaseUrl() {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public boolean demoData() {
        return demoData;
    }

    public Optional<String> adminEmail() {
        return adminEmail.map(String::strip).filter(s -> !s.isEmpty());
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(s -> !s.isEmpty());
    }

    /** Empty: no SMTP server is configured and mail stays in the outbox. */
    public Optional<String> smtpHost() {
        return smtpHost.map(String::strip).filter(s -> !s.isEmpty());
    }

    public int smtpPort() {
        return smtpPort;
    }

    public Optional<String> smtpUser() {
        return smtpUser.filter(s -> !s.isEmpty());
    }

    public Optional<String> smtpPassword() {
        return smtpPassword.filter(s -> !s.isEmpty());
    }

    public boolean smtpStartTls() {
        return smtpStartTls;
    }

    public String mailFrom() {
        return mailFrom;
    }

    /** The wait after a first failed delivery; it doubles with each further failure. */
    public java.time.Duration mailRetryBase() {
        return java.time.Duration.ofSeconds(Math.max(1, mailRetryBaseSeconds));
    }

    public Optional<String> signingKeystore() {
        return signingKeystore.filter(s -> !s.isEmpty());
    }

    /** The folder of certificate designs; the WAR's packaged copies stand in for the ones it lacks. */
    public Path certificateTemplatesDir() {
        return Path.of(certificateTemplatesDir.strip());
    }

    public Optional<String> signingKeystorePassword() {
        return signingKeystorePassword.filter(s -> !s.isEmpty());
    }

    /** Addresses or CIDR blocks of the load balancers in front (their X-Forwarded-For is believed). */
    public String trustedProxies() {
        return trustedProxies.orElse("");
    }
}
