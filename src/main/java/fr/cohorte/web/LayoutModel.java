package fr.cohorte.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header and footer need, error pages included. */
@ControllerAdvice
class LayoutModel {

    private final InstitutionProperties institution;

    LayoutModel(InstitutionProperties institution) {
        this.institution = institution;
    }

    @ModelAttribute("institution")
    InstitutionProperties institution() {
        return institution;
    }
}
