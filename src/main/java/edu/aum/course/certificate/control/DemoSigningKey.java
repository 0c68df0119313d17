package edu.aum.course.certificate.control;

import edu.aum.course.platform.persistence.OwnerOnly;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Demo mode's signing key: a self-signed RSA key made on first use and kept in a PKCS#12 file (under
 * ./data, never in the repository) with its generated password beside it, both readable by the owner
 * only, so that every later start signs with the same key.
 */
final class DemoSigningKey {

    static final String FILE = "demo-signing.p12";
    private static final String ALIAS = "certificates";
    private static final String SUBJECT =
            "CN=Essay Certificates demo signing key (not for production), O=American University in Moscow";
    private static final Duration VALIDITY = Duration.ofDays(3650);

    private DemoSigningKey() {}

    static synchronized SigningKey loadOrCreate(Path pkcs12) {
        Path passwordFile = pkcs12.resolveSibling(pkcs12.getFileName() + ".password");
        try {
            OwnerOnly.folder(pkcs12.toAbsolutePath().getParent()); // also a key made by an older version
            if (!Files.exists(pkcs12)) {
                createOnce(pkcs12, passwordFile);
            }
            return SigningKey.load(
                    pkcs12,
                    Files.readString(passwordFile, StandardCharsets.UTF_8)
                            .strip()
                            .toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Under a file lock, so that two instances starting on one data folder make one key, not two. */
    private static void createOnce(Path pkcs12, Path passwordFile) throws IOException {
        OwnerOnly.folder(pkcs12.toAbsolutePath().getParent());
        Path lock = pkcs12.resolveSibling(pkcs12.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            OwnerOnly.file(lock);
            if (!Files.exists(pkcs12)) {
                create(pkcs12, passwordFile);
            }
        }
    }

    private static void create(Path pkcs12, Path passwordFile) throws IOException {
        char[] password = password();
        Path temporary = Files.createTempFile(pkcs12.toAbsolutePath().getParent(), "demo-signing", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            keyStore(password).store(out, password);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot make the demo signing key", e);
        }
        writeOwnerOnly(passwordFile, new String(password));
        ownerOnly(temporary);
        // the key file appears whole or not at all: its presence means "made"
        Files.move(temporary, pkcs12, StandardCopyOption.ATOMIC_MOVE);
    }

    private static KeyStore keyStore(char[] password)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, pair.getPrivate(), password, new X509Certificate[] {selfSigned(pair)});
        return store;
    }

    private static X509Certificate selfSigned(KeyPair pair)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        X500Name subject = new X500Name(SUBJECT);
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                        subject,
                        new BigInteger(64, new SecureRandom()),
                        Date.from(now.minus(Duration.ofDays(1))),
                        Date.from(now.plus(VALIDITY)),
                        subject,
                        pair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(
                        Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    }

    private static char[] password() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file);
        ownerOnly(file);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void ownerOnly(Path file) {
        OwnerOnly.file(file);
    }
}
