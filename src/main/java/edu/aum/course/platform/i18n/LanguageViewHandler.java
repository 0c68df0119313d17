package edu.aum.course.platform.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view starts in the language of the interface (LanguageSwitch), not only once the template's f:view
 * has been built: a view action or a refusal on a GET (a used confirmation link, an expired password link)
 * runs before that, and its message used to be written in the browser's language.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LanguageSwitch.class).get().current().locale();
    }
}
