package fr.cohorte.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Country names in the reader's language, from ISO codes; used by templates as {@code @countries}. */
@Component("countries")
public class Countries {

    public String name(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return Locale.of("", isoCode).getDisplayCountry(locale);
    }
}
