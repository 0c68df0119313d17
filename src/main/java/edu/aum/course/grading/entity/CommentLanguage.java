package edu.aum.course.grading.entity;

import edu.aum.course.platform.i18n.Language;

/** The language a bank comment is written for: English, Russian, or any essay's. */
public enum CommentLanguage {
    EN,
    RU,
    ANY;

    /** Whether it suits an essay in this language (ANY suits every one). */
    public boolean suits(Language language) {
        return this == ANY || name().equals(language.name());
    }
}
