package edu.aum.course.platform.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.Locale;

/**
 * The one formatter of every text with placeholders (bundles of the pages and of the mails, h:outputFormat):
 * ICU MessageFormat, so that a count is written {0, plural, one{# essay} other{# essays}} and Russian gets its
 * one/few/many forms by the CLDR rules (1 эссе, 2 студента, 5 студентов, 21 студент, 11 студентов).
 * java.text.MessageFormat's {0,choice,...} cannot express Russian plurals and is not used for counts.
 */
public final class MessagePatterns {

    private MessagePatterns() {}

    public static String format(String pattern, Locale locale, Object... arguments) {
        Object[] values = arguments == null ? new Object[0] : arguments.clone();
        BitSet numeric = numericArguments(pattern);
        for (int i = 0; i < values.length; i++) {
            if (numeric.get(i) && values[i] instanceof String text) {
                values[i] = number(text); // e.g. a count kept as text with a batch item's problem
            }
        }
        return new MessageFormat(pattern, locale).format(values);
    }

    /** The indexes of the arguments that the pattern counts or formats as numbers (plural, number). */
    static BitSet numericArguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        BitSet numeric = new BitSet();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && isNumeric(parsed, i, part.getArgType())) {
                MessagePattern.Part index = parsed.getPart(i + 1);
                if (index.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                    numeric.set(index.getValue());
                }
            }
        }
        return numeric;
    }

    private static boolean isNumeric(MessagePattern parsed, int start, MessagePattern.ArgType type) {
        return switch (type) {
            case PLURAL, SELECTORDINAL -> true;
            case SIMPLE -> "number".equals(parsed.getSubstring(parsed.getPart(start + 2)));
            default -> false;
        };
    }

    private static Object number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
