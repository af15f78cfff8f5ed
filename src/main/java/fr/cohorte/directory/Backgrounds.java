package fr.cohorte.directory;

import java.util.List;

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
}
