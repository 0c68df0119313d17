package edu.aum.course.university.api;

import edu.aum.course.platform.BusinessException;
import java.util.Locale;

/** The countries students' universities are in (ISO 3166 alpha-2). */
public enum Country {
    US,
    RU;

    /** The country of a code such as "ru" or " US "; refuses any other. */
    public static Country of(String code) {
        if (code != null) {
            for (Country country : values()) {
                if (country.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
                    return country;
                }
            }
        }
        throw new BusinessException("university.country.unknown");
    }
}
