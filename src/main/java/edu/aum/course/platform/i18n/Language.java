package edu.aum.course.platform.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages of the interface, of mails and of certificates. */
public enum Language {
    EN(Locale.ENGLISH),
    RU(Locale.forLanguageTag("ru"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The language of a locale or a code such as "ru", "ru-RU" or "EN"; empty when unsupported. */
    public static Optional<Language> of(String codeOrTag) {
        if (codeOrTag == null || codeOrTag.isBlank()) {
            return Optional.empty();
        }
        String language =
                Locale.forLanguageTag(codeOrTag.strip().replace('_', '-')).getLanguage();
        for (Language candidate : values()) {
            if (candidate.code().equalsIgnoreCase(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Language of(Locale locale) {
        return locale == null ? EN : of(locale.toLanguageTag()).orElse(EN);
    }
}
