package edu.aum.course.certificate.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The key that signs certificates and its certificate chain (signer first), read once from a PKCS#12 file. */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * The configured key (SIGNING_KEYSTORE, SIGNING_KEYSTORE_PASSWORD); without one, in demo mode the
     * demo key under dataDirectory; otherwise IllegalStateException, since certificates must be signed.
     */
    public static SigningKey choose(
            Optional<String> keystore, Optional<String> password, boolean demo, Path dataDirectory) {
        if (keystore.isPresent()) {
            return load(Path.of(keystore.get()), password.orElse("").toCharArray());
        }
        if (demo) {
            return DemoSigningKey.loadOrCreate(dataDirectory.resolve(DemoSigningKey.FILE));
        }
        throw new IllegalStateException(
                "No certificate signing key: set SIGNING_KEYSTORE and SIGNING_KEYSTORE_PASSWORD");
    }

    /** The first private key entry of a PKCS#12 file. */
    public static SigningKey load(Path pkcs12, char[] password) {
        try (InputStream in = Files.newInputStream(pkcs12)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return new SigningKey(
                            (PrivateKey) store.getKey(alias, password), x509(store.getCertificateChain(alias)));
                }
            }
            throw new IllegalStateException("No private key in " + pkcs12);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing key " + pkcs12 + ": " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> x509(Certificate[] chain) {
        return Arrays.stream(chain).map(X509Certificate.class::cast).toList();
    }
}
