package edu.aum.course.certificate.control;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.platform.cluster.SharedVersions;
import edu.aum.course.testsupport.Instances;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template changed and loaded again on one instance is used by another at its next certificate: two "instances"
 * (their own EntityManagerFactory, SharedVersions and TemplateLibrary) read one templates folder; the second keeps
 * its copy while nothing changed, and re-reads it once the first has loaded the changed files.
 */
class TemplateVersionsServiceIT {

    static Instances instances;

    @TempDir
    Path folder;

    final String name = "once-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void open() {
        instances = Instances.open(2);
    }

    @AfterAll
    static void close() {
        instances.close();
    }

    @AfterEach
    void deleteVersion() {
        instances.inTransaction(
                0,
                em -> em.createNativeQuery("DELETE FROM shared_versions WHERE name = ?")
                        .setParameter(1, CertificateWorks.TEMPLATE + name)
                        .executeUpdate());
    }

    @Test
    void aTemplateLoadedAfreshOnOneInstanceIsReadAgainByTheOther() throws Exception {
        write(148.5);
        TemplateLibrary first = library(0);
        TemplateLibrary second = library(1);
        assertTrue(first.load(name).isValid());
        CertificateTemplate kept = second.get(name);
        assertSame(kept, second.get(name), "kept while nothing changed");
        assertTrue(first.load(name).isValid());
        assertSame(kept, second.get(name), "loading the same files again is no change");

        write(140.0); // a designer moves the name field
        assertTrue(first.load(name).isValid()); // the admin chooses the template again on the first instance

        CertificateTemplate reread = second.get(name);
        assertNotSame(kept, reread, "the second instance read the changed files");
        assertNotEquals(nameFieldX(kept), nameFieldX(reread), "the name field moved");
        assertSame(reread, second.get(name));
    }

    private TemplateLibrary library(int instance) {
        return new TemplateLibrary(folder, getClass().getClassLoader(), new TemplateLibrary.Versions() {
            @Override
            public long current(String template) {
                return instances.inTransaction(
                        instance, em -> versions(em).current(CertificateWorks.TEMPLATE + template));
            }

            @Override
            public long raise(String template) {
                return instances.inTransaction(
                        instance, em -> versions(em).raise(CertificateWorks.TEMPLATE + template));
            }
        });
    }

    private static float nameFieldX(CertificateTemplate template) {
        return template.descriptor().fields().get(0).x();
    }

    private static SharedVersions versions(jakarta.persistence.EntityManager em) {
        try {
            SharedVersions versions = new SharedVersions();
            Field field = SharedVersions.class.getDeclaredField("em");
            field.setAccessible(true);
            field.set(versions, em);
            return versions;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(double nameX) throws IOException {
        Path template = folder.resolve(name);
        Files.createDirectories(template.resolve("fonts"));
        Files.copy(
                Samples.DEFAULT_TEMPLATE.resolve("fonts/DejaVuSans.ttf"),
                template.resolve("fonts/DejaVuSans.ttf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                Samples.DEFAULT_TEMPLATE.resolve("background.pdf"),
                template.resolve("background.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(
                template.resolve(TemplateLoader.DESCRIPTOR),
                TemplateLoaderTest.descriptor("fonts/DejaVuSans.ttf", "holderName", nameX));
    }
}
