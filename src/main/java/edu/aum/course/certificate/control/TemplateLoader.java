package edu.aum.course.certificate.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates a template when an admin chooses it, so that issuance never meets a broken one:
 * the descriptor, the background and font files, and that everything lies on the page.
 */
public final class TemplateLoader {

    public static final String DESCRIPTOR = "template.json";
    private static final Set<FieldName> REQUIRED = EnumSet.of(FieldName.HOLDER_NAME, FieldName.SERIAL);
    private static final Set<FieldName> DATES = EnumSet.of(FieldName.OFFERING_DATES, FieldName.ISSUE_DATE);

    private final List<CertificateProblem> problems = new ArrayList<>();

    private TemplateLoader() {}

    public static TemplateLoad load(String name, TemplateFiles files) {
        return new TemplateLoader().loadFrom(name, files);
    }

    private TemplateLoad loadFrom(String name, TemplateFiles files) {
        Optional<byte[]> json = read(files, DESCRIPTOR);
        if (json.isEmpty()) {
            return new TemplateLoad(Optional.empty(), problems);
        }
        DescriptorReader reader = new DescriptorReader();
        Optional<TemplateDescriptor> descriptor = reader.read(json.get());
        problems.addAll(reader.problems());
        if (descriptor.isEmpty()) {
            return new TemplateLoad(Optional.empty(), problems);
        }
        checkFields(descriptor.get());
        Optional<Background> background = background(files, descriptor.get().background());
        Map<String, TemplateFont> fonts = fonts(files, descriptor.get());
        boolean usable = problems.isEmpty() && background.isPresent();
        return new TemplateLoad(
                usable
                        ? Optional.of(new CertificateTemplate(name, descriptor.get(), background.get(), fonts))
                        : Optional.empty(),
                problems);
    }

    private void checkFields(TemplateDescriptor descriptor) {
        Set<FieldName> present = EnumSet.noneOf(FieldName.class);
        for (TextField field : descriptor.fields()) {
            present.add(field.name());
            checkOnPage(field);
            checkDateFormat(field);
        }
        REQUIRED.stream()
                .filter(f -> !present.contains(f))
                .forEach(f -> problem("certificate.template.missingField", f.json()));
        if (descriptor.qr() == null) {
            problem("certificate.template.missingField", "qr");
        } else {
            checkQrOnPage(descriptor.qr());
        }
    }

    /** The widest the text may grow (maxWidth) and its height above the baseline stay on the page. */
    private void checkOnPage(TextField field) {
        float left = field.align().left(field.x(), field.maxWidth());
        boolean inside = left >= 0
                && left + field.maxWidth() <= TemplateDescriptor.PAGE_WIDTH
                && field.y() - field.size() * 0.75f >= 0
                && field.y() <= TemplateDescriptor.PAGE_HEIGHT;
        if (!inside) {
            problem("certificate.template.offPage", field.name().json());
        }
    }

    private void checkQrOnPage(QrPlacement qr) {
        if (qr.x() + qr.size() > TemplateDescriptor.PAGE_WIDTH || qr.y() + qr.size() > TemplateDescriptor.PAGE_HEIGHT) {
            problem("certificate.template.offPage", "qr");
        }
    }

    private void checkDateFormat(TextField field) {
        if (DATES.contains(field.name())) {
            try {
                DateTimeFormatter.ofPattern(field.dateFormat(), field.language());
            } catch (IllegalArgumentException e) {
                problem("certificate.template.badValue", field.name().json(), "dateFormat");
            }
        }
    }

    private Optional<Background> background(TemplateFiles files, String file) {
        if (file == null) {
            problem("certificate.template.missingField", "background");
            return Optional.empty();
        }
        Optional<byte[]> bytes = read(files, file);
        try {
            return bytes.isPresent() ? Optional.of(Background.of(file, bytes.get())) : Optional.empty();
        } catch (IOException e) {
            problem("certificate.template.badBackground", file);
            return Optional.empty();
        }
    }

    private Map<String, TemplateFont> fonts(TemplateFiles files, TemplateDescriptor descriptor) {
        Map<String, TemplateFont> fonts = new HashMap<>();
        for (String file : descriptor.fontFiles()) {
            read(files, file).ifPresent(bytes -> font(file, bytes).ifPresent(font -> fonts.put(file, font)));
        }
        return fonts;
    }

    private Optional<TemplateFont> font(String file, byte[] bytes) {
        try {
            return Optional.of(TemplateFont.of(file, bytes));
        } catch (IOException e) {
            problem("certificate.template.badFont", file);
            return Optional.empty();
        }
    }

    private Optional<byte[]> read(TemplateFiles files, String file) {
        if (!TemplateFiles.isSafe(file)) {
            problem("certificate.template.badPath", String.valueOf(file));
            return Optional.empty();
        }
        try {
            Optional<byte[]> bytes = files.read(file);
            if (bytes.isEmpty()) {
                problem("certificate.template.missingFile", file);
            }
            return bytes;
        } catch (UncheckedIOException e) {
            problem("certificate.template.unreadableFile", file);
            return Optional.empty();
        }
    }

    private void problem(String key, Object... arguments) {
        problems.add(CertificateProblem.of(key, arguments));
    }
}
