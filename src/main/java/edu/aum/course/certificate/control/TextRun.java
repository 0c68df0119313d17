package edu.aum.course.certificate.control;

import java.util.ArrayList;
import java.util.List;

/** A piece of a printed text drawn with one font: the first of the field's fonts that has its glyphs. */
record TextRun(TemplateFont font, String text) {

    /**
     * The text split where the font drawing it changes. Each character takes the first font of the chain
     * that can draw it; a space, a punctuation mark or a combining accent stays with the run before it
     * when that run's font has it, so "佐藤 花子" or "José" stays one run. A character no font has goes to
     * the first font (GlyphCheck refuses such a text before anything is drawn).
     */
    static List<TextRun> split(String text, List<TemplateFont> chain) {
        List<TextRun> runs = new ArrayList<>();
        TemplateFont current = null;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            TemplateFont font = current != null && Scripts.neutral(codePoint) && current.canDraw(codePoint)
                    ? current
                    : first(chain, codePoint);
            if (font != current && !run.isEmpty()) {
                runs.add(new TextRun(current, run.toString()));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        if (!run.isEmpty()) {
            runs.add(new TextRun(current, run.toString()));
        }
        return runs;
    }

    private static TemplateFont first(List<TemplateFont> chain, int codePoint) {
        return chain.stream().filter(f -> f.canDraw(codePoint)).findFirst().orElse(chain.get(0));
    }

    /** The smallest cut of this run's font that holds its characters. */
    TemplateFont.Cut cut() {
        return text.codePoints()
                .mapToObj(TemplateFont.Cut::of)
                .max(Enum::compareTo)
                .orElse(TemplateFont.Cut.BASIC);
    }
}
