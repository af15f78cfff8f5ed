package fr.cohorte.knowledge.internal;

import java.util.List;

import fr.cohorte.knowledge.Taxonomy;
import fr.cohorte.knowledge.TaxonomyTerm;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaxonomyTermRepository extends JpaRepository<TaxonomyTerm, Long> {

    List<TaxonomyTerm> findByTaxonomyOrderByPositionAscIdAsc(Taxonomy taxonomy);

    boolean existsByTaxonomyAndNameFrIgnoreCase(Taxonomy taxonomy, String nameFr);
}
