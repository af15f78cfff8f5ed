package fr.cohorte.web;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SitePageRepository extends JpaRepository<SitePage, String> {

    List<SitePage> findAllByOrderByPositionAsc();
}
