package fr.cohorte.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A {@link Refusal} in words, in the reader's language; templates read it as {@code @refusals.text(refusal)}. */
@Component("refusals")
public class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    /** The refusal in the language closest to {@code locale}. */
    public String text(Refusal refusal, Locale locale) {
        return messages.getMessage(refusal, SupportedLanguages.closestTo(locale));
    }

    /** The refusal in the current request's language. */
    public String text(Refusal refusal) {
        return text(refusal, LocaleContextHolder.getLocale());
    }
}
