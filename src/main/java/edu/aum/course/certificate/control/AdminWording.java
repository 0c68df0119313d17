package edu.aum.course.certificate.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * How a problem with one student's certificate is put to an admin: a sentence (a bundle key and its arguments)
 * that names the student, says what is wrong and what to do. The engine's problems speak of the template's
 * insides (font files, field names, code points); those stay in the server log. The one place where an engine
 * problem becomes an admin's text: dry run, batch items, reissue, issuing anew and preview all pass through it.
 */
public final class AdminWording {

    private static final Logger LOG = Logger.getLogger(AdminWording.class.getName());
    static final String GLYPH_MISSING = "certificate.glyph.missing";
    static final String SCRIPT_UNSUPPORTED = "certificate.script.unsupported";

    private AdminWording() {}

    /** The first problem in the admin's words (the glyphs of one text together); empty problems: null. */
    public static CertificateProblem first(String student, List<CertificateProblem> problems) {
        List<CertificateProblem> said = forStudent(student, problems);
        return said.isEmpty() ? null : said.get(0);
    }

    /**
     * Every problem in the admin's words: the characters one text cannot draw make one sentence, any problem of
     * the template one sentence; problems that already speak to the admin (eligibility, an existing certificate)
     * are kept. Logs the technical detail of what it rewords.
     */
    public static List<CertificateProblem> forStudent(String student, List<CertificateProblem> problems) {
        Map<String, List<CertificateProblem>> glyphsByText = new LinkedHashMap<>();
        Map<String, CertificateProblem> scriptsByText = new LinkedHashMap<>();
        List<CertificateProblem> said = new ArrayList<>();
        boolean templateSaid = false;
        for (CertificateProblem problem : problems) {
            if (problem.key().equals(GLYPH_MISSING) && problem.arguments().size() >= 3) {
                String field = String.valueOf(problem.arguments().get(0));
                String text = String.valueOf(problem.arguments().get(1));
                glyphsByText
                        .computeIfAbsent(field + '\u001F' + text, k -> new ArrayList<>())
                        .add(problem);
            } else if (problem.key().equals(SCRIPT_UNSUPPORTED)
                    && problem.arguments().size() >= 2) {
                String field = String.valueOf(problem.arguments().get(0));
                String text = String.valueOf(problem.arguments().get(1));
                scriptsByText.putIfAbsent(field + '\u001F' + text, script(student, field, text));
            } else if (problem.key().equals("certificate.batch.item.error")) {
                said.add(notStored(student)); // recorded by batches before this wording, with the exception's text
            } else if (isTemplateProblem(problem)) {
                if (!templateSaid) {
                    said.add(CertificateProblem.of("certificate.problem.template", student));
                    templateSaid = true;
                }
            } else {
                said.add(problem);
            }
        }
        List<CertificateProblem> glyphs = new ArrayList<>();
        glyphsByText.values().forEach(same -> glyphs.add(glyphs(student, same)));
        glyphs.addAll(scriptsByText.values());
        glyphs.addAll(said);
        if (!glyphs.equals(problems)) {
            LOG.info(() -> "Certificate of " + student + " cannot be made: " + problems);
        }
        return List.copyOf(glyphs);
    }

    /** certificate.template.*: what TemplateLoader and DescriptorReader find wrong with a template. */
    private static boolean isTemplateProblem(CertificateProblem problem) {
        String[] parts = problem.key().split("\\.");
        return parts.length > 2 && parts[0].equals("certificate") && parts[1].equals("template");
    }

    private static CertificateProblem glyphs(String student, List<CertificateProblem> same) {
        String field = String.valueOf(same.get(0).arguments().get(0));
        String text = String.valueOf(same.get(0).arguments().get(1));
        String characters = same.stream()
                .map(p -> shown(String.valueOf(p.arguments().get(2))))
                .distinct()
                .collect(Collectors.joining(", "));
        return switch (FieldName.fromJson(field).orElse(FieldName.FREE_TEXT)) {
            case HOLDER_NAME -> CertificateProblem.of("certificate.problem.nameGlyphs", student, characters);
            case COURSE_TITLE -> CertificateProblem.of("certificate.problem.courseGlyphs", student, text, characters);
            default -> CertificateProblem.of("certificate.problem.templateGlyphs", student, text, characters);
        };
    }

    /** A text in a writing system certificates cannot print (see Scripts), once per text. */
    private static CertificateProblem script(String student, String field, String text) {
        return FieldName.fromJson(field).orElse(FieldName.FREE_TEXT) == FieldName.HOLDER_NAME
                ? CertificateProblem.of("certificate.problem.nameScript", student)
                : CertificateProblem.of("certificate.problem.textScript", student, text);
    }

    /** A character as an admin can see it: itself, or its code point when it is invisible (a space, a control). */
    static String shown(String character) {
        int c = character.isEmpty() ? 0 : character.codePointAt(0);
        int type = Character.getType(c);
        boolean invisible = Character.isISOControl(c)
                || Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
        return invisible ? String.format(Locale.ROOT, "U+%04X", c) : character;
    }

    /** A certificate that could not be stored (the database failed): the detail is in the log. */
    public static CertificateProblem notStored(String student) {
        return CertificateProblem.of("certificate.problem.notStored", student);
    }
}
