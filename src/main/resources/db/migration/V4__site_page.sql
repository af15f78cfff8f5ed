-- Pages every public site of the French State must offer from its footer. The text below is a
-- placeholder that an administrator replaces with the institution's own.

create table site_page (
    slug      varchar(60)   primary key,
    position  integer       not null,
    title_fr  varchar(200)  not null,
    title_en  varchar(200)  not null,
    body_fr   text          not null,
    body_en   text          not null,
    version   bigint        not null default 0
);

insert into site_page (slug, position, title_fr, title_en, body_fr, body_en) values
('accessibilite', 1, 'Déclaration d''accessibilité', 'Accessibility statement',
 'Cet établissement s''engage à rendre son service en ligne accessible, conformément à l''article 47 de la loi n° 2005-102 du 11 février 2005. Cohorte est construit avec le Système de design de l''État (DSFR) et chaque page est vérifiée automatiquement par des tests d''accessibilité. État de conformité : partiellement conforme, faute d''audit RGAA complet à ce jour. Texte à compléter par l''administrateur : date de l''audit, contenus non accessibles, moyens de contact et voies de recours (Défenseur des droits).',
 'This institution is committed to making its online service accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005. Cohorte is built with the French State design system (DSFR) and every page is checked automatically by accessibility tests. Compliance status: partially compliant, as no full RGAA audit has been carried out yet. To be completed by the administrator: audit date, inaccessible content, contact details and means of redress (Défenseur des droits).'),
('mentions-legales', 2, 'Mentions légales', 'Legal notice',
 'Texte à compléter par l''administrateur : éditeur du site (nom de l''établissement, adresse, directeur ou directrice de la publication), hébergeur (nom, adresse, téléphone), propriété intellectuelle et licence des contenus.',
 'To be completed by the administrator: publisher of the site (name of the institution, address, publication director), host (name, address, telephone), intellectual property and licence of the content.'),
('donnees-personnelles', 3, 'Données personnelles', 'Personal data',
 'Texte à compléter par l''administrateur : responsable de traitement, finalités (organisation des sessions nationales, recrutement des auditeurs, publication des travaux), base légale, données traitées, durées de conservation, destinataires, délégué à la protection des données et droits des personnes (accès, rectification, effacement, limitation, opposition) avec la possibilité de saisir la CNIL.',
 'To be completed by the administrator: data controller, purposes (running national sessions, recruiting participants, publishing their work), legal basis, data processed, retention periods, recipients, data protection officer and the rights of data subjects (access, rectification, erasure, restriction, objection), including the right to lodge a complaint with the CNIL.'),
('gestion-des-cookies', 4, 'Gestion des cookies', 'Cookies',
 'Cohorte ne dépose aucun cookie de mesure d''audience ni de publicité. Il utilise uniquement des cookies strictement nécessaires : le cookie de session après connexion et le cookie qui retient la langue choisie. Ces cookies sont exemptés de consentement. Texte à compléter par l''administrateur si d''autres services sont ajoutés.',
 'Cohorte sets no audience-measurement or advertising cookies. It uses strictly necessary cookies only: the session cookie after login and the cookie that remembers the chosen language. These cookies are exempt from consent. To be completed by the administrator if other services are added.');
