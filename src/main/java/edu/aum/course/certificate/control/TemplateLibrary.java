package edu.aum.course.certificate.control;

import edu.aum.course.platform.text.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The certificate designs: folders under CERTIFICATE_TEMPLATES_DIR, and the copies packaged in the WAR
 * (certificates-templates/ on the class path) for a start with the WAR alone. A folder wins over the
 * packaged copy of the same name. Valid templates are kept, so issuance does not read files again, as long as
 * no instance of the cluster has loaded a changed copy since (Versions: a load that finds other files than the
 * kept ones raises the template's shared version, and every instance re-reads a template whose version moved).
 */
public final class TemplateLibrary {

    public static final String DEFAULT = "default";
    static final String PACKAGED = "certificates-templates";

    private final Path directory;
    private final ClassLoader packaged;
    private final Versions versions;
    private final Map<String, Kept> loaded = new ConcurrentHashMap<>();

    /** The version of each template across the instances that share one database. */
    public interface Versions {
        long current(String name);

        long raise(String name);

        /** One instance alone: its own loads are all the changes. */
        Versions LOCAL = new Versions() {
            @Override
            public long current(String name) {
                return 0;
            }

            @Override
            public long raise(String name) {
                return 0;
            }
        };
    }

    /** A valid template as loaded, the fingerprint of its files, and the shared version it was loaded at. */
    private record Kept(CertificateTemplate template, String fingerprint, long version) {}

    public TemplateLibrary(Path directory, ClassLoader packaged) {
        this(directory, packaged, Versions.LOCAL);
    }

    public TemplateLibrary(Path directory, ClassLoader packaged, Versions versions) {
        this.directory = directory;
        this.packaged = packaged;
        this.versions = versions;
    }

    /**
     * Reads and validates the template afresh (a designer may have changed it): for when an admin chooses it. Other
     * files than this instance kept (or none kept yet) raise the shared version, so every instance reads it again.
     */
    public TemplateLoad load(String name) {
        return read(name, true);
    }

    /**
     * The template as last loaded, loading it on first use or when another instance loaded a changed copy since;
     * CertificateRefused when it is not valid.
     */
    public CertificateTemplate get(String name) {
        Kept kept = loaded.get(name);
        if (kept != null && kept.version() == versions.current(name)) {
            return kept.template();
        }
        return read(name, false).orRefuse();
    }

    private TemplateLoad read(String name, boolean announce) {
        if (!name.matches("[A-Za-z0-9_-]+")) {
            return new TemplateLoad(
                    Optional.empty(), List.of(CertificateProblem.of("certificate.template.notFound", name)));
        }
        Fingerprint files = new Fingerprint(files(name));
        TemplateLoad load = TemplateLoader.load(name, files);
        load.template().filter(t -> load.isValid()).ifPresent(t -> {
            Kept kept = loaded.get(name);
            String fingerprint = files.hex();
            boolean changed = kept == null || !kept.fingerprint().equals(fingerprint);
            long version = announce && changed ? versions.raise(name) : versions.current(name);
            loaded.put(name, new Kept(t, fingerprint, version));
        });
        return load;
    }

    /** The names an admin can choose from: the folders with a descriptor, and the default. */
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>();
        if (packaged.getResource(PACKAGED + "/" + DEFAULT + "/" + TemplateLoader.DESCRIPTOR) != null) {
            names.add(DEFAULT);
        }
        if (Files.isDirectory(directory)) {
            try (Stream<Path> folders = Files.list(directory)) {
                folders.filter(f -> Files.isRegularFile(f.resolve(TemplateLoader.DESCRIPTOR)))
                        .forEach(f -> names.add(f.getFileName().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(names);
    }

    private TemplateFiles files(String name) {
        Path folder = directory.resolve(name);
        return Files.isRegularFile(folder.resolve(TemplateLoader.DESCRIPTOR))
                ? TemplateFiles.directory(folder)
                : TemplateFiles.classpath(packaged, PACKAGED + "/" + name);
    }

    /** The files as the loader reads them, and a SHA-256 over the name and content of every one read. */
    private static final class Fingerprint implements TemplateFiles {
        private final TemplateFiles files;
        private final StringBuilder read = new StringBuilder();

        Fingerprint(TemplateFiles files) {
            this.files = files;
        }

        @Override
        public synchronized Optional<byte[]> read(String relativePath) {
            Optional<byte[]> bytes = files.read(relativePath);
            read.append(relativePath)
                    .append('=')
                    .append(bytes.map(Sha256::hex).orElse("-"))
                    .append('\n');
            return bytes;
        }

        synchronized String hex() {
            return Sha256.hex(read.toString());
        }
    }
}
