package edu.aum.course.certificate.control;

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
 * packaged copy of the same name. Valid templates are kept, so issuance does not read files again.
 */
public final class TemplateLibrary {

    public static final String DEFAULT = "default";
    static final String PACKAGED = "certificates-templates";

    private final Path directory;
    private final ClassLoader packaged;
    private final Map<String, CertificateTemplate> loaded = new ConcurrentHashMap<>();

    public TemplateLibrary(Path directory, ClassLoader packaged) {
        this.directory = directory;
        this.packaged = packaged;
    }

    /** Reads and validates the template afresh (a designer may have changed it): for when an admin chooses it. */
    public TemplateLoad load(String name) {
        if (!name.matches("[A-Za-z0-9_-]+")) {
            return new TemplateLoad(
                    Optional.empty(), List.of(CertificateProblem.of("certificate.template.notFound", name)));
        }
        TemplateLoad load = TemplateLoader.load(name, files(name));
        load.template().filter(t -> load.isValid()).ifPresent(t -> loaded.put(name, t));
        return load;
    }

    /** The template as last loaded, loading it on first use; CertificateRefused when it is not valid. */
    public CertificateTemplate get(String name) {
        CertificateTemplate template = loaded.get(name);
        return template != null ? template : load(name).orRefuse();
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
}
