package edu.aum.course.platform.security;

import edu.aum.course.platform.i18n.Language;

/**
 * The signed-in person as a screen of a feature below account sees them (the account feature's
 * session bean implements it), so that such a screen need not know the account feature.
 */
public interface CurrentUser {

    String getEmail();

    String getFullName();

    Language language();
}
