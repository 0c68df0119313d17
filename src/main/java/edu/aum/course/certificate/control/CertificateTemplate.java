package edu.aum.course.certificate.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A valid template, loaded once: its descriptor, background and fonts as bytes, and a pool of render
 * kits so that concurrent renderings each parse the fonts and background once, not once per document.
 * Safe to share between threads.
 */
public final class CertificateTemplate {

    private final String name;
    private final TemplateDescriptor descriptor;
    private final Background background;
    private final Map<String, TemplateFont> fonts;
    private final ConcurrentLinkedQueue<RenderKit> idleKits = new ConcurrentLinkedQueue<>();

    CertificateTemplate(
            String name, TemplateDescriptor descriptor, Background background, Map<String, TemplateFont> fonts) {
        this.name = name;
        this.descriptor = descriptor;
        this.background = background;
        this.fonts = Map.copyOf(fonts);
    }

    public String name() {
        return name;
    }

    public TemplateDescriptor descriptor() {
        return descriptor;
    }

    TemplateFont font(String file) {
        return fonts.get(file);
    }

    /** The fonts that may draw a field's text: its own font, then the template's fallback fonts in order. */
    List<TemplateFont> fontsOf(TextField field) {
        List<TemplateFont> chain = new ArrayList<>();
        chain.add(fonts.get(field.font()));
        descriptor.fallbackFonts().stream()
                .filter(file -> !file.equals(field.font()))
                .forEach(file -> chain.add(fonts.get(file)));
        return chain;
    }

    /** A field's text as runs, each drawn by the first font of the field that has its glyphs. */
    List<TextRun> runs(TextField field, String text) {
        return TextRun.split(text, fontsOf(field));
    }

    /** An idle kit, or a new one when all are busy; give it back with release(). */
    RenderKit borrowKit() {
        RenderKit kit = idleKits.poll();
        try {
            return kit != null ? kit : new RenderKit(background);
        } catch (IOException e) {
            // the same bytes were read without trouble when the template was validated
            throw new UncheckedIOException(e);
        }
    }

    void release(RenderKit kit) {
        idleKits.offer(kit);
    }
}
