package fr.cohorte.directory;

import java.util.List;
import java.util.Optional;

import fr.cohorte.directory.internal.BackgroundRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The configured horizons, in the order the institute lists them. */
@Service
@Transactional(readOnly = true)
public class Backgrounds {

    private final BackgroundRepository repository;

    Backgrounds(BackgroundRepository repository) {
        this.repository = repository;
    }

    public List<Background> all() {
        return repository.findAllByOrderByPositionAsc();
    }

    /** The horizon a spreadsheet cell names by its code or its label in either language, case ignored. */
    public Optional<Background> byCodeOrLabel(String text) {
        return repository.findByCodeOrLabel(text.trim());
    }
}
