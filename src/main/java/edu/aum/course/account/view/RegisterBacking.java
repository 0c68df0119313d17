package edu.aum.course.account.view;

import edu.aum.course.account.control.RegistrationService;
import edu.aum.course.platform.http.ClientAddress;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.platform.i18n.LanguageSwitch;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A student registers: name, e-mail, password, language and time zone; then they confirm the mailed link. The page
 * answers the same for an address that already has an account (its owner is told by mail).
 */
@Named
@RequestScoped
public class RegisterBacking {

    @Inject
    RegistrationService registration;

    @Inject
    LanguageSwitch languageSwitch;

    @Inject
    ClientAddress clientAddress;

    private String fullName;
    private String email;
    private String password;
    private Language language;
    private String timeZone;
    private boolean registered;

    @PostConstruct
    void init() {
        language = languageSwitch.current();
    }

    public void register() {
        email = registration.register(email, fullName, password, language, timeZone, clientAddress.current());
        registered = true;
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public boolean isRegistered() {
        return registered;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The zone chosen in the form; the page first fills in the browser's (js/zone.js), none: the course's. */
    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
