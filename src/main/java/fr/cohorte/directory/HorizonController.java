package fr.cohorte.directory;

import fr.cohorte.web.RefusedException;
import fr.cohorte.web.Refusal;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the list of horizons: add one, rename it, change the order lists and groups show. */
@Controller
class HorizonController {

    private final Backgrounds backgrounds;

    HorizonController(Backgrounds backgrounds) {
        this.backgrounds = backgrounds;
    }

    @GetMapping("/admin/horizons")
    String list(Model model) {
        model.addAttribute("form", new HorizonForm());
        return listPage(model);
    }

    @PostMapping("/admin/horizons")
    String add(@Valid @ModelAttribute("form") HorizonForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (form.getCode() == null || form.getCode().isEmpty()) {
            errors.rejectValue("code", "field.required");
        }
        if (errors.hasErrors()) {
            return listPage(model);
        }
        try {
            Background added = backgrounds.add(form.getCode(), form.getLabelFr(), form.getLabelEn());
            redirect.addFlashAttribute("added", added.getLabelFr());
        } catch (RefusedException refused) {
            refused.refusal().rejectInto(errors, duplicateField(refused));
            return listPage(model);
        }
        return "redirect:/admin/horizons";
    }

    @GetMapping("/admin/horizons/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Background background = backgrounds.byId(id).orElseThrow(() -> Refusal.notFound(Backgrounds.NOT_FOUND, id).exception());
        model.addAttribute("form", HorizonForm.of(background));
        return form(model, background);
    }

    @PostMapping("/admin/horizons/{id}")
    String rename(@PathVariable Long id, @Valid @ModelAttribute("form") HorizonForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Background background = backgrounds.byId(id).orElseThrow(() -> Refusal.notFound(Backgrounds.NOT_FOUND, id).exception());
        if (errors.hasFieldErrors("labelFr") || errors.hasFieldErrors("labelEn")) {
            return form(model, background);
        }
        try {
            backgrounds.rename(id, form.getVersion(), form.getLabelFr(), form.getLabelEn());
        } catch (RefusedException refused) {
            refused.refusal().rejectInto(errors, duplicateField(refused));
            return form(model, background);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Background saved = backgrounds.byId(id).orElseThrow();
            model.addAttribute("conflict", saved);
            form.setVersion(saved.getVersion());
            return form(model, saved);
        }
        redirect.addFlashAttribute("renamed", form.getLabelFr());
        return "redirect:/admin/horizons";
    }

    @PostMapping("/admin/horizons/{id}/move")
    String move(@PathVariable Long id, @RequestParam String action) {
        backgrounds.move(id, "up".equals(action) ? -1 : 1);
        return "redirect:/admin/horizons#horizon-" + id;
    }

    private String listPage(Model model) {
        model.addAttribute("horizons", backgrounds.all());
        return "admin/horizons";
    }

    private String form(Model model, Background background) {
        model.addAttribute("horizon", background);
        return "admin/horizon-form";
    }

    /** The field a duplicate horizon's refusal is about; any other refusal goes on to the advice. */
    private static String duplicateField(RefusedException refused) {
        Refusal refusal = refused.refusal();
        if (refusal.is(Backgrounds.DUPLICATE_CODE)) {
            return "code";
        }
        if (refusal.is(Backgrounds.DUPLICATE_LABEL_FR)) {
            return "labelFr";
        }
        if (refusal.is(Backgrounds.DUPLICATE_LABEL_EN)) {
            return "labelEn";
        }
        throw refused;
    }
}
