-- Demo data: the 34th national session of the Intefp (June 2015 - June 2016) and its book.
-- Source: seed/intefp-34e-session-cooperation.txt. Theme, coordinators, publishers, study trip
-- destinations and chapter contents follow the source. Exact dates, the three meetings in France,
-- the programme, participants, speakers and all other organisations are fictional demo data.
-- Rows are referenced by natural keys only (codes, short names, e-mails, numbers, ordinals).

-- 1. Horizons (backgrounds)

insert into background (code, label_fr, label_en, position) values
    ('company-leader', 'Dirigeants d''entreprise', 'Company leaders', 1),
    ('large-group', 'Représentants de grands groupes', 'Representatives of large groups', 2),
    ('trade-union', 'Représentants syndicaux', 'Trade unions', 3),
    ('employers-organisation', 'Organisations professionnelles', 'Employers'' organisations', 4),
    ('state-administration', 'Administration de l''État', 'State administration', 5),
    ('local-government', 'Collectivités territoriales', 'Local government', 6),
    ('international-administration', 'Administration internationale', 'International administration', 7),
    ('parliament', 'Parlementaires', 'Members of parliament', 8),
    ('press', 'Journalistes', 'Journalists', 9);

-- 2. Organisations: the two real institutions, then fictional ones

insert into organisation (name, short_name, kind, website) values
    ('Institut national du travail, de l''emploi et de la formation professionnelle', 'Intefp', 'TRAINING_BODY', 'https://www.intefp.travail.gouv.fr'),
    ('Centre d''études et de recherches sur les qualifications', 'Céreq', 'RESEARCH_BODY', 'https://www.cereq.fr');

insert into organisation (name, short_name, kind, website) values
    ('Industries Exemple SA', 'Industries Exemple', 'COMPANY', 'https://industries-exemple.example.org'),
    ('Prototype & Fils SAS', 'Prototype & Fils', 'COMPANY', null),
    ('SCOP Exemple, société coopérative et participative', 'SCOP Exemple', 'COMPANY', 'https://scop.example.org'),
    ('Démo Numérique SAS', 'Démo Numérique', 'COMPANY', null),
    ('Groupe Imaginaire Énergie', 'Imaginaire Énergie', 'COMPANY', null),
    ('Banque Prototype', 'Banque Prototype', 'COMPANY', null),
    ('Groupe Spécimen Distribution', 'Spécimen Distribution', 'COMPANY', null),
    ('Confédération fictive du travail', 'CFT (fictive)', 'TRADE_UNION', null),
    ('Union syndicale imaginaire', 'USI (fictive)', 'TRADE_UNION', null),
    ('Syndicat exemple des cadres', 'SEC (fictif)', 'TRADE_UNION', null),
    ('Syndicat démo de la chimie', 'SDC (fictif)', 'TRADE_UNION', null),
    ('Fédération fictive de la métallurgie', 'FFM (fictive)', 'EMPLOYERS_ORGANISATION', null),
    ('Confédération exemple des petites entreprises', 'CEPE (fictive)', 'EMPLOYERS_ORGANISATION', null),
    ('Groupement d''employeurs Modèle', 'GE Modèle', 'EMPLOYERS_ORGANISATION', null),
    ('Préfecture de région (fictive)', 'Préfecture fictive', 'STATE_ADMINISTRATION', null),
    ('Direction régionale des entreprises, de la concurrence, de la consommation, du travail et de l''emploi (fictive)', 'Direccte fictive', 'STATE_ADMINISTRATION', null),
    ('Ministère imaginaire de l''économie', 'Ministère imaginaire', 'STATE_ADMINISTRATION', null),
    ('Agence fictive pour l''emploi', 'AFE (fictive)', 'STATE_ADMINISTRATION', null),
    ('Région Exemple', 'Région Exemple', 'LOCAL_GOVERNMENT', null),
    ('Métropole Modèle', 'Métropole Modèle', 'LOCAL_GOVERNMENT', null),
    ('Département Fictif', 'Département Fictif', 'LOCAL_GOVERNMENT', null),
    ('Organisation internationale exemple pour l''emploi', 'OIEE (fictive)', 'INTERNATIONAL_ORGANISATION', null),
    ('Agence européenne imaginaire pour les compétences', 'AEIC (fictive)', 'INTERNATIONAL_ORGANISATION', null),
    ('Assemblée nationale (fictive)', 'Assemblée fictive', 'PARLIAMENT', null),
    ('Sénat (fictif)', 'Sénat fictif', 'PARLIAMENT', null),
    ('Le Quotidien imaginaire', 'Quotidien imaginaire', 'MEDIA', 'https://quotidien.example.org'),
    ('Radio Exemple', 'Radio Exemple', 'MEDIA', null),
    ('Maschinenbau Beispiel GmbH', 'Beispiel GmbH', 'COMPANY', 'https://beispiel.example.org'),
    ('Autowerk Muster AG', 'Autowerk Muster', 'COMPANY', null),
    ('Example Labs Inc.', 'Example Labs', 'COMPANY', 'https://labs.example.org'),
    ('Placeholder Ventures LLC', 'Placeholder Ventures', 'COMPANY', null),
    ('Laboratoire fictif d''économie du numérique', 'LFEN (fictif)', 'RESEARCH_BODY', null),
    ('Observatoire imaginaire des inégalités', 'Observatoire imaginaire', 'RESEARCH_BODY', null);

-- 3. Partnerships between the Intefp and the Cereq

insert into partnership (organisation_id, partner_id, kind, start_date, end_date, description) values
    ((select id from organisation where short_name = 'Intefp'),
     (select id from organisation where short_name = 'Céreq'),
     'CO_EDITION', date '2016-07-01', null,
     'Coédition de l''ouvrage restituant les travaux de la 34e session nationale de l''Intefp, « Construire des espaces de coopération pour l''emploi, la formation et le développement économique ». Cette coédition marque le nouveau partenariat noué entre les deux structures.'),
    ((select id from organisation where short_name = 'Intefp'),
     (select id from organisation where short_name = 'Céreq'),
     'TRAINING_SUPPORT', date '2016-10-01', null,
     'Appui du Céreq lors de la formation des agents de l''Intefp et des inspecteurs du travail, dans le prolongement de la coédition de l''ouvrage de la 34e session.');

-- 4. Persons: the two coordinators named by the source (no other details invented)

insert into person (civility, given_name, family_name, email, organisation_id, position_title, background_id) values
    (null, 'P.-L.', 'Rosenfeld', null, null, null, null),
    (null, 'J.-P.', 'Aubert', null, null, null, null);

-- Thirty fictional participants (names, e-mails on example.org, organisations and titles are invented)

insert into person (civility, given_name, family_name, email, organisation_id, position_title, background_id)
select v.civility, v.given_name, v.family_name, v.email, o.id, v.position_title, b.id
from (values
    (1, 'MS', 'Camille', 'Exemple', 'camille.exemple@example.org', 'Industries Exemple', 'Présidente-directrice générale', 'company-leader'),
    (2, 'MR', 'Julien', 'Fictif', 'julien.fictif@example.org', 'Prototype & Fils', 'Président', 'company-leader'),
    (3, 'MS', 'Nathalie', 'Démo', 'nathalie.demo@example.org', 'SCOP Exemple', 'Gérante', 'company-leader'),
    (4, 'MR', 'Thomas', 'Imaginaire', 'thomas.imaginaire@example.org', 'Démo Numérique', 'Directeur général et cofondateur', 'company-leader'),
    (5, 'MS', 'Isabelle', 'Modèle', 'isabelle.modele@example.org', 'Imaginaire Énergie', 'Directrice des relations sociales', 'large-group'),
    (6, 'MR', 'Laurent', 'Prototype', 'laurent.prototype@example.org', 'Imaginaire Énergie', 'Directeur des ressources humaines France', 'large-group'),
    (7, 'MS', 'Sandrine', 'Spécimen', 'sandrine.specimen@example.org', 'Banque Prototype', 'Directrice de la responsabilité sociétale', 'large-group'),
    (8, 'MR', 'Olivier', 'Échantillon', 'olivier.echantillon@example.org', 'Spécimen Distribution', 'Directeur de l''emploi et des compétences', 'large-group'),
    (9, 'MR', 'Philippe', 'Maquette', 'philippe.maquette@example.org', 'CFT (fictive)', 'Secrétaire confédéral', 'trade-union'),
    (10, 'MS', 'Valérie', 'Esquisse', 'valerie.esquisse@example.org', 'CFT (fictive)', 'Secrétaire générale d''union régionale', 'trade-union'),
    (11, 'MR', 'Stéphane', 'Brouillon', 'stephane.brouillon@example.org', 'USI (fictive)', 'Secrétaire national', 'trade-union'),
    (12, 'MS', 'Céline', 'Ébauche', 'celine.ebauche@example.org', 'SEC (fictif)', 'Déléguée syndicale centrale', 'trade-union'),
    (13, 'MR', 'Nicolas', 'Canevas', 'nicolas.canevas@example.org', 'SDC (fictif)', 'Secrétaire fédéral', 'trade-union'),
    (14, 'MS', 'Christine', 'Gabarit', 'christine.gabarit@example.org', 'FFM (fictive)', 'Directrice emploi-formation', 'employers-organisation'),
    (15, 'MR', 'François', 'Factice', 'francois.factice@example.org', 'CEPE (fictive)', 'Vice-président', 'employers-organisation'),
    (16, 'MS', 'Anne', 'Simulacre', 'anne.simulacre@example.org', 'GE Modèle', 'Directrice', 'employers-organisation'),
    (17, 'MR', 'Pierre', 'Croquis', 'pierre.croquis@example.org', 'Préfecture fictive', 'Secrétaire général pour les affaires régionales', 'state-administration'),
    (18, 'MS', 'Catherine', 'Schéma', 'catherine.schema@example.org', 'Préfecture fictive', 'Sous-préfète chargée du développement économique', 'state-administration'),
    (19, 'MR', 'Éric', 'Exemple-Maquette', 'eric.exemple-maquette@example.org', 'Direccte fictive', 'Directeur régional adjoint, pôle travail', 'state-administration'),
    (20, 'MS', 'Sylvie', 'Démo-Esquisse', 'sylvie.demo-esquisse@example.org', 'Ministère imaginaire', 'Cheffe de bureau', 'state-administration'),
    (21, 'MR', 'David', 'Imaginaire-Gabarit', 'david.imaginaire-gabarit@example.org', 'AFE (fictive)', 'Directeur territorial', 'state-administration'),
    (22, 'MS', 'Martine', 'Fictif-Canevas', 'martine.fictif-canevas@example.org', 'Région Exemple', 'Vice-présidente chargée de la formation professionnelle', 'local-government'),
    (23, 'MR', 'Vincent', 'Modèle-Croquis', 'vincent.modele-croquis@example.org', 'Métropole Modèle', 'Directeur du développement économique', 'local-government'),
    (24, 'MS', 'Karine', 'Spécimen-Brouillon', 'karine.specimen-brouillon@example.org', 'Département Fictif', 'Directrice générale adjointe des solidarités', 'local-government'),
    (25, 'MR', 'Antoine', 'Prototype-Ébauche', 'antoine.prototype-ebauche@example.org', 'OIEE (fictive)', 'Administrateur principal', 'international-administration'),
    (26, 'MS', 'Laure', 'Échantillon-Schéma', 'laure.echantillon-schema@example.org', 'AEIC (fictive)', 'Cheffe d''unité', 'international-administration'),
    (27, 'MR', 'Bernard', 'Factice-Exemple', 'bernard.factice-exemple@example.org', 'Assemblée fictive', 'Député', 'parliament'),
    (28, 'MS', 'Patricia', 'Maquette-Démo', 'patricia.maquette-demo@example.org', 'Sénat fictif', 'Sénatrice', 'parliament'),
    (29, 'MR', 'Guillaume', 'Simulacre-Modèle', 'guillaume.simulacre-modele@example.org', 'Quotidien imaginaire', 'Journaliste, rubrique économie et social', 'press'),
    (30, 'MS', 'Émilie', 'Esquisse-Fictif', 'emilie.esquisse-fictif@example.org', 'Radio Exemple', 'Rédactrice en chef adjointe', 'press')
) as v (n, civility, given_name, family_name, email, organisation, position_title, background)
join organisation o on o.short_name = v.organisation
join background b on b.code = v.background
order by v.n;

-- Eight fictional speakers and hosts (no horizon: they are not participants)

insert into person (civility, given_name, family_name, email, organisation_id, position_title, background_id)
select v.civility, v.given_name, v.family_name, v.email, o.id, v.position_title, null
from (values
    (1, 'MS', 'Erika', 'Mustermann', 'erika.mustermann@example.org', 'Beispiel GmbH', 'Directrice générale (Geschäftsführerin)'),
    (2, 'MR', 'Stefan', 'Muster', 'stefan.muster@example.org', 'Autowerk Muster', 'Président du comité d''entreprise (Betriebsrat)'),
    (3, 'MS', 'Jane', 'Sample', 'jane.sample@example.org', 'Example Labs', 'Cofondatrice et directrice générale'),
    (4, 'MR', 'Chris', 'Placeholder', 'chris.placeholder@example.org', 'Placeholder Ventures', 'Associé, fonds de capital-risque'),
    (5, 'MS', 'Hélène', 'Témoin', 'helene.temoin@example.org', 'LFEN (fictif)', 'Économiste, directrice de recherche'),
    (6, 'MR', 'Marc', 'Essai', 'marc.essai@example.org', 'Observatoire imaginaire', 'Statisticien, responsable des études'),
    (7, 'MS', 'Sophie', 'Épreuve', 'sophie.epreuve@example.org', 'LFEN (fictif)', 'Sociologue du travail'),
    (8, 'MR', 'Luc', 'Pastiche', 'luc.pastiche@example.org', 'LFEN (fictif)', 'Chercheur associé, gouvernance des entreprises')
) as v (n, civility, given_name, family_name, email, organisation, position_title)
join organisation o on o.short_name = v.organisation
order by v.n;

-- 5. The session

insert into session (number, theme, description, start_date, end_date, status) values
    (34,
     'Construire des espaces de coopération pour l''emploi, la formation et le développement économique',
     'La 34e session nationale de l''Intefp s''est tenue de juin 2015 à juin 2016 sur le thème de la coopération. Elle a réuni une trentaine d''auditeurs venus d''horizons différents et n''ayant pas l''habitude de travailler ensemble : dirigeants d''entreprise et représentants de grands groupes, représentants syndicaux et d''organisations professionnelles, cadres de l''administration de l''État, des collectivités territoriales et d''administrations internationales, parlementaires, journalistes. La session s''est organisée en cinq rencontres d''une semaine (rencontres d''acteurs et d''experts, visites d''entreprises), dont deux voyages d''étude à l''étranger, en Bavière et dans la Silicon Valley. Ces territoires en pleine expansion, où la numérisation de l''économie est la plus avancée, ont infléchi le thème initial de la coopération vers la « révolution numérique » et ses effets sur l''économie mondiale. Les travaux ont donné lieu à un ouvrage coédité par le Céreq et l''Intefp. Les dates précises, les lieux des trois rencontres en France, le détail du programme et les auditeurs sont fictifs et donnés à titre d''illustration.',
     date '2015-06-15', date '2016-06-24', 'CLOSED');

-- 6. Problem statements

insert into session_problem_statement (session_id, position, statement) values
    ((select id from session where number = 34), 1,
     'Comment construire, entre des acteurs qui n''ont pas l''habitude de travailler ensemble, des espaces de coopération au service de l''emploi, de la formation et du développement économique ?'),
    ((select id from session where number = 34), 2,
     'Quels sont les effets de la « révolution numérique » sur l''économie mondiale, le travail et l''emploi, alors que la croissance économique y coexiste avec l''accroissement des inégalités ?'),
    ((select id from session where number = 34), 3,
     'Comment passer d''un dialogue social « vertical », de l''État vers les partenaires sociaux et les territoires, à des coopérations plus horizontales, fondées sur la proximité et le territoire ?'),
    ((select id from session where number = 34), 4,
     'Quelles nouvelles manières de travailler ensemble (expérimentations territoriales, entreprise « libérée », coopératives, groupements d''employeurs) et à quelles conditions les développer ?');

-- 7. Seminars: five one-week meetings, two of them study trips abroad

insert into seminar (session_id, ordinal, title, start_date, end_date, city, country, time_zone, study_trip) values
    ((select id from session where number = 34), 1,
     'Rencontre d''ouverture : coopérer pour l''emploi, la formation et le développement économique',
     date '2015-06-15', date '2015-06-19', 'Marcy-l''Étoile', 'FR', 'Europe/Paris', false),
    ((select id from session where number = 34), 2,
     'Voyage d''étude en Bavière : numérisation de l''industrie et partenariat social',
     date '2015-10-12', date '2015-10-16', 'Munich', 'DE', 'Europe/Berlin', true),
    ((select id from session where number = 34), 3,
     'Coopérer sur les territoires : coopératives, groupements d''employeurs et entreprise « libérée »',
     date '2016-01-18', date '2016-01-22', 'Nantes', 'FR', 'Europe/Paris', false),
    ((select id from session where number = 34), 4,
     'Voyage d''étude dans la Silicon Valley : la « révolution numérique » et ses effets',
     date '2016-03-10', date '2016-03-16', 'Palo Alto', 'US', 'America/Los_Angeles', true),
    ((select id from session where number = 34), 5,
     'Rencontre de clôture : préconisations et restitution des travaux',
     date '2016-06-20', date '2016-06-24', 'Paris', 'FR', 'Europe/Paris', false);

-- 8. Activities. Times are local wall-clock times of the seminar, converted with AT TIME ZONE.

insert into activity (seminar_id, type, title, starts_at, ends_at, venue, host_organisation_id) values
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 1),
     'WORKSHOP', 'Ouverture de la session et présentation croisée des auditeurs',
     timestamp '2015-06-15 14:00' at time zone 'Europe/Paris', timestamp '2015-06-15 17:30' at time zone 'Europe/Paris',
     'Intefp, amphithéâtre, Marcy-l''Étoile', (select id from organisation where short_name = 'Intefp')),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 1),
     'EXPERT_HEARING', 'Du dialogue social « vertical » aux coopérations horizontales',
     timestamp '2015-06-16 09:00' at time zone 'Europe/Paris', timestamp '2015-06-16 12:00' at time zone 'Europe/Paris',
     'Intefp, salle du conseil, Marcy-l''Étoile', null),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 1),
     'EXPERT_HEARING', 'La numérisation de l''économie : de quoi parle-t-on ?',
     timestamp '2015-06-17 09:30' at time zone 'Europe/Paris', timestamp '2015-06-17 12:30' at time zone 'Europe/Paris',
     'Intefp, salle du conseil, Marcy-l''Étoile', null),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 1),
     'GROUP_WORK', 'Constitution des groupes de travail et choix des problématiques',
     timestamp '2015-06-18 14:00' at time zone 'Europe/Paris', timestamp '2015-06-18 17:00' at time zone 'Europe/Paris',
     'Intefp, salles de sous-commission, Marcy-l''Étoile', null),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 1),
     'DEBRIEF', 'Bilan de la rencontre d''ouverture',
     timestamp '2015-06-19 09:00' at time zone 'Europe/Paris', timestamp '2015-06-19 11:30' at time zone 'Europe/Paris',
     'Intefp, amphithéâtre, Marcy-l''Étoile', null);

insert into activity (seminar_id, type, title, starts_at, ends_at, venue, host_organisation_id) values
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 2),
     'EXPERT_HEARING', 'Cogestion et comités d''entreprise : le partenariat social à l''allemande',
     timestamp '2015-10-12 14:00' at time zone 'Europe/Berlin', timestamp '2015-10-12 17:00' at time zone 'Europe/Berlin',
     'Hôtel Am Beispielplatz (fictif), salle de conférence, Munich', null),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 2),
     'COMPANY_VISIT', 'Visite de Maschinenbau Beispiel, entreprise familiale du Mittelstand',
     timestamp '2015-10-13 09:00' at time zone 'Europe/Berlin', timestamp '2015-10-13 12:30' at time zone 'Europe/Berlin',
     'Maschinenbau Beispiel GmbH, Beispielstraße 1, Freising', (select id from organisation where short_name = 'Beispiel GmbH')),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 2),
     'COMPANY_VISIT', 'Visite de l''usine Autowerk Muster : apprentissage dual et usine connectée',
     timestamp '2015-10-14 09:00' at time zone 'Europe/Berlin', timestamp '2015-10-14 12:00' at time zone 'Europe/Berlin',
     'Autowerk Muster AG, Musterweg 12, Erding', (select id from organisation where short_name = 'Autowerk Muster')),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 2),
     'ACTOR_MEETING', 'Rencontre avec les partenaires sociaux bavarois et les chambres consulaires',
     timestamp '2015-10-15 14:00' at time zone 'Europe/Berlin', timestamp '2015-10-15 17:00' at time zone 'Europe/Berlin',
     'Maison de l''artisanat (fictive), Munich', null),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 2),
     'DEBRIEF', 'Débriefing du voyage d''étude en Bavière',
     timestamp '2015-10-16 09:00' at time zone 'Europe/Berlin', timestamp '2015-10-16 11:00' at time zone 'Europe/Berlin',
     'Hôtel Am Beispielplatz (fictif), salle de conférence, Munich', null);

insert into activity (seminar_id, type, title, starts_at, ends_at, venue, host_organisation_id) values
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 3),
     'EXPERT_HEARING', 'Les inégalités à l''heure du numérique',
     timestamp '2016-01-18 14:00' at time zone 'Europe/Paris', timestamp '2016-01-18 17:00' at time zone 'Europe/Paris',
     'Centre de congrès (fictif), salle Loire, Nantes', null),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 3),
     'COMPANY_VISIT', 'Visite de la SCOP Exemple : gouverner une entreprise coopérative',
     timestamp '2016-01-19 09:00' at time zone 'Europe/Paris', timestamp '2016-01-19 12:30' at time zone 'Europe/Paris',
     'SCOP Exemple, 3 rue de l''Exemple, Rezé', (select id from organisation where short_name = 'SCOP Exemple')),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 3),
     'COMPANY_VISIT', 'Visite de Prototype & Fils, une entreprise « libérée »',
     timestamp '2016-01-20 09:00' at time zone 'Europe/Paris', timestamp '2016-01-20 12:00' at time zone 'Europe/Paris',
     'Prototype & Fils, 12 avenue du Prototype, Saint-Herblain', (select id from organisation where short_name = 'Prototype & Fils')),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 3),
     'COMPANY_VISIT', 'Le Groupement d''employeurs Modèle : partager l''emploi sur un territoire',
     timestamp '2016-01-20 14:00' at time zone 'Europe/Paris', timestamp '2016-01-20 17:00' at time zone 'Europe/Paris',
     'GE Modèle, 8 place du Modèle, Nantes', (select id from organisation where short_name = 'GE Modèle')),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 3),
     'ACTOR_MEETING', 'Expérimentations territoriales pour l''emploi : table ronde avec élus et services de l''État',
     timestamp '2016-01-21 09:00' at time zone 'Europe/Paris', timestamp '2016-01-21 12:00' at time zone 'Europe/Paris',
     'Hôtel de région (fictif), Nantes', (select id from organisation where short_name = 'Région Exemple')),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 3),
     'GROUP_WORK', 'Travail en groupes : les conditions de la coopération',
     timestamp '2016-01-22 09:00' at time zone 'Europe/Paris', timestamp '2016-01-22 12:00' at time zone 'Europe/Paris',
     'Centre de congrès (fictif), salle Erdre, Nantes', null);

-- The Silicon Valley trip straddles the US daylight-saving change of 2016-03-13 (PST to PDT).

insert into activity (seminar_id, type, title, starts_at, ends_at, venue, host_organisation_id) values
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 4),
     'EXPERT_HEARING', 'Financer l''innovation : le capital-risque dans l''écosystème de la Silicon Valley',
     timestamp '2016-03-11 09:00' at time zone 'America/Los_Angeles', timestamp '2016-03-11 12:00' at time zone 'America/Los_Angeles',
     'Placeholder Ventures, University Avenue, Palo Alto', (select id from organisation where short_name = 'Placeholder Ventures')),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 4),
     'COMPANY_VISIT', 'Visite d''Example Labs, start-up de l''économie des plateformes',
     timestamp '2016-03-11 14:00' at time zone 'America/Los_Angeles', timestamp '2016-03-11 17:30' at time zone 'America/Los_Angeles',
     'Example Labs Inc., 100 Example Way, Palo Alto', (select id from organisation where short_name = 'Example Labs')),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 4),
     'GROUP_WORK', 'Travail en groupes : premiers enseignements du voyage',
     timestamp '2016-03-13 10:00' at time zone 'America/Los_Angeles', timestamp '2016-03-13 12:30' at time zone 'America/Los_Angeles',
     'Example Inn (fictif), salle de réunion, Palo Alto', null),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 4),
     'ACTOR_MEETING', 'Travailleurs des plateformes : rencontre avec des acteurs associatifs et syndicaux',
     timestamp '2016-03-14 09:00' at time zone 'America/Los_Angeles', timestamp '2016-03-14 12:00' at time zone 'America/Los_Angeles',
     'Centre communautaire (fictif), East Palo Alto', null),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 4),
     'ACTOR_MEETING', 'Croissance et inégalités dans la baie de San Francisco : regards d''élus locaux',
     timestamp '2016-03-15 14:00' at time zone 'America/Los_Angeles', timestamp '2016-03-15 17:00' at time zone 'America/Los_Angeles',
     'Hôtel de ville (fictif), salle du conseil, Palo Alto', null),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 4),
     'DEBRIEF', 'Débriefing du voyage d''étude dans la Silicon Valley',
     timestamp '2016-03-16 09:00' at time zone 'America/Los_Angeles', timestamp '2016-03-16 11:00' at time zone 'America/Los_Angeles',
     'Example Inn (fictif), salle de réunion, Palo Alto', null);

insert into activity (seminar_id, type, title, starts_at, ends_at, venue, host_organisation_id) values
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 5),
     'EXPERT_HEARING', 'Créer des espaces de coopération : quelles conditions ?',
     timestamp '2016-06-20 14:00' at time zone 'Europe/Paris', timestamp '2016-06-20 17:00' at time zone 'Europe/Paris',
     'Centre de conférences (fictif), salle Seine, Paris', null),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 5),
     'WORKSHOP', 'Atelier d''écriture : préconisations et bonnes pratiques',
     timestamp '2016-06-21 09:00' at time zone 'Europe/Paris', timestamp '2016-06-21 17:00' at time zone 'Europe/Paris',
     'Centre de conférences (fictif), salles de sous-commission, Paris', null),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 5),
     'GROUP_WORK', 'Finalisation des contributions à l''ouvrage',
     timestamp '2016-06-22 09:00' at time zone 'Europe/Paris', timestamp '2016-06-22 12:00' at time zone 'Europe/Paris',
     'Centre de conférences (fictif), salles de sous-commission, Paris', null),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 5),
     'ACTOR_MEETING', 'Restitution publique des travaux de la 34e session',
     timestamp '2016-06-23 14:00' at time zone 'Europe/Paris', timestamp '2016-06-23 17:30' at time zone 'Europe/Paris',
     'Centre de conférences (fictif), grand amphithéâtre, Paris', null),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 5),
     'DEBRIEF', 'Bilan de la session et clôture',
     timestamp '2016-06-24 09:00' at time zone 'Europe/Paris', timestamp '2016-06-24 12:00' at time zone 'Europe/Paris',
     'Centre de conférences (fictif), salle Seine, Paris', null);

-- 8b. What the programme shows beyond times and places: who may see each activity, its language,
-- the parallel group-work tracks, the study trips' logistics, two meals and one cancellation.

insert into activity (seminar_id, type, title, starts_at, ends_at, venue, host_organisation_id) values
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 2),
     'MEAL', 'Dîner d''accueil de la délégation',
     timestamp '2015-10-12 19:30' at time zone 'Europe/Berlin', timestamp '2015-10-12 21:30' at time zone 'Europe/Berlin',
     'Brasserie Am Beispielplatz (fictive), Munich', null),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 3),
     'GROUP_WORK', 'Travail en groupes : les pratiques coopératives observées',
     timestamp '2016-01-22 09:00' at time zone 'Europe/Paris', timestamp '2016-01-22 12:00' at time zone 'Europe/Paris',
     'Centre de congrès (fictif), salle Sèvre, Nantes', null),
    ((select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 4),
     'MEAL', 'Dîner avec des Français de la Silicon Valley',
     timestamp '2016-03-14 19:00' at time zone 'America/Los_Angeles', timestamp '2016-03-14 21:00' at time zone 'America/Los_Angeles',
     'Café Exemple (fictif), Palo Alto', null);

update activity a set visibility = case when a.type in ('EXPERT_HEARING', 'ACTOR_MEETING', 'COMPANY_VISIT')
                                        then 'PUBLIC' else 'COHORT' end
from seminar s join session se on se.id = s.session_id
where a.seminar_id = s.id and se.number = 34;

update activity a set language = 'de', interpretation = true
from seminar s join session se on se.id = s.session_id
where a.seminar_id = s.id and se.number = 34 and s.ordinal = 2
  and a.type in ('EXPERT_HEARING', 'ACTOR_MEETING', 'COMPANY_VISIT');

update activity a set language = 'en', interpretation = true
from seminar s join session se on se.id = s.session_id
where a.seminar_id = s.id and se.number = 34 and s.ordinal = 4
  and a.type in ('EXPERT_HEARING', 'ACTOR_MEETING', 'COMPANY_VISIT');

update activity a set parallel_track = true
from seminar s join session se on se.id = s.session_id
where a.seminar_id = s.id and se.number = 34 and s.ordinal = 3 and a.type = 'GROUP_WORK';

update activity a set cancelled = true
from seminar s join session se on se.id = s.session_id
where a.seminar_id = s.id and se.number = 34 and s.ordinal = 4 and a.title = 'Dîner avec des Français de la Silicon Valley';

update seminar s set logistics_notes = case s.ordinal
    when 2 then 'Vol Lyon–Munich le 12 octobre à 7 h 10, retour le 16 octobre à 18 h 05. Hôtel Am Beispielplatz (fictif), chambres réservées du 12 au 16 octobre. Carte de transport en commun remise à l''arrivée.'
    when 4 then 'Vol Paris–San Francisco le 10 mars à 10 h 25, retour le 16 mars à 15 h 40. Autorisation ESTA obligatoire. Hôtel Example Inn (fictif), Palo Alto. Attention : passage à l''heure d''été américaine dans la nuit du 12 au 13 mars.'
    end
from session se
where se.id = s.session_id and se.number = 34 and s.study_trip;

-- 9. Speakers of hearings, visits and meetings (activity found by seminar ordinal and title)

insert into activity_speaker (activity_id, person_id)
select a.id, p.id
from (values
    (1, 'Du dialogue social « vertical » aux coopérations horizontales', 'sophie.epreuve@example.org'),
    (1, 'La numérisation de l''économie : de quoi parle-t-on ?', 'helene.temoin@example.org'),
    (2, 'Cogestion et comités d''entreprise : le partenariat social à l''allemande', 'stefan.muster@example.org'),
    (2, 'Visite de Maschinenbau Beispiel, entreprise familiale du Mittelstand', 'erika.mustermann@example.org'),
    (3, 'Les inégalités à l''heure du numérique', 'marc.essai@example.org'),
    (3, 'Visite de Prototype & Fils, une entreprise « libérée »', 'luc.pastiche@example.org'),
    (4, 'Financer l''innovation : le capital-risque dans l''écosystème de la Silicon Valley', 'chris.placeholder@example.org'),
    (4, 'Visite d''Example Labs, start-up de l''économie des plateformes', 'jane.sample@example.org'),
    (5, 'Créer des espaces de coopération : quelles conditions ?', 'sophie.epreuve@example.org'),
    (5, 'Créer des espaces de coopération : quelles conditions ?', 'luc.pastiche@example.org')
) as v (seminar_ordinal, title, email)
join session se on se.number = 34
join seminar s on s.session_id = se.id and s.ordinal = v.seminar_ordinal
join activity a on a.seminar_id = s.id and a.title = v.title
join person p on lower(p.email) = v.email;

-- 10. Participants enrolled in session 34, with the horizon of their person record

insert into participant (session_id, person_id, background_id)
select se.id, p.id, p.background_id
from person p
join session se on se.number = 34
where p.email like '%@example.org' and p.background_id is not null
order by p.id;

-- 11. The book of the session

insert into publication (session_id, title, subtitle, year, language, abstract) values
    ((select id from session where number = 34),
     'Construire des espaces de coopération pour l''emploi, la formation et le développement économique',
     'Travaux de la 34e session nationale de l''Intefp',
     2016, 'fr',
     'Cet ouvrage, coédité par le Céreq et l''Intefp, restitue les travaux de la 34e session nationale organisée par l''Intefp de juin 2015 à juin 2016 sur le thème de la coopération. Une trentaine d''auditeurs venus d''horizons différents, et n''ayant pas l''habitude de travailler ensemble, y ont participé au fil de cinq rencontres d''une semaine, dont deux voyages d''étude. Le thème de la coopération a été infléchi par les destinations de ces voyages, la Bavière et la Silicon Valley, territoires en pleine expansion où la numérisation de l''économie est la plus avancée : la réflexion s''est orientée vers la « révolution numérique » et ses impacts sur l''économie mondiale. Le premier chapitre restitue la dimension spectaculaire de cette « révolution » et pointe la coexistence de la croissance économique et de l''accroissement des inégalités. Le deuxième montre que, pour s''adapter au changement permanent qui caractérise cette nouvelle économie numérique, les solutions sont à puiser dans de nouvelles façons de collaborer et de coopérer, plus horizontales et ancrées dans les territoires : expérimentations territoriales inédites, entreprise « libérée », coopératives, groupements d''employeurs. Le troisième, hors de toute idée de « recettes » à appliquer, dégage à partir des témoignages et des pratiques observées les conditions qui semblent nécessaires pour créer des espaces de coopération au service de l''emploi et dresse la liste des bonnes pratiques à développer.');

insert into publication_contributor (publication_id, position, person_id, role) values
    ((select id from publication where session_id = (select id from session where number = 34)), 1,
     (select id from person where given_name = 'P.-L.' and family_name = 'Rosenfeld'), 'COORDINATOR'),
    ((select id from publication where session_id = (select id from session where number = 34)), 2,
     (select id from person where given_name = 'J.-P.' and family_name = 'Aubert'), 'COORDINATOR');

insert into publication_publisher (publication_id, position, organisation_id) values
    ((select id from publication where session_id = (select id from session where number = 34)), 1,
     (select id from organisation where short_name = 'Céreq')),
    ((select id from publication where session_id = (select id from session where number = 34)), 2,
     (select id from organisation where short_name = 'Intefp'));

-- 12. Chapters

insert into chapter (publication_id, ordinal, title, summary) values
    ((select id from publication where session_id = (select id from session where number = 34)), 1,
     'La « révolution » numérique : croissance et inégalités',
     'Les deux voyages d''étude, en Bavière et dans la Silicon Valley, ont conduit les auditeurs dans des territoires en pleine expansion économique, où la numérisation de l''économie est la plus avancée. Ce chapitre restitue la dimension spectaculaire de cette « révolution numérique » et de ses impacts sur l''économie mondiale, et pointe la coexistence de la croissance économique et de l''accroissement des inégalités.'),
    ((select id from publication where session_id = (select id from session where number = 34)), 2,
     'Coopérer autrement : de nouveaux espaces de coopération',
     'Pour s''adapter au changement permanent qui caractérise la nouvelle économie numérique, les solutions sont à puiser dans de nouvelles façons de collaborer et de coopérer. Alors que le dialogue social classique fonctionnait de manière « verticale », de l''État vers les partenaires sociaux et les territoires, de nouvelles manières de coopérer se développent aujourd''hui de façon plus horizontale, dans une logique de proximité et de territoire. Des expérimentations inédites sur les territoires à l''entreprise « libérée », en passant par les coopératives et les groupements d''employeurs, le chapitre explore ces nouvelles manières de travailler ensemble.'),
    ((select id from publication where session_id = (select id from session where number = 34)), 3,
     'Préconisations et bonnes pratiques',
     'Hors de toute idée de « recettes » à appliquer, ce chapitre s''efforce, à partir des témoignages recueillis et des pratiques observées, de dégager les conditions qui semblent nécessaires pour créer des espaces de coopération au service de l''emploi, et dresse la liste des bonnes pratiques à développer.');

-- 13. The book in the catalogue: licence and keywords (its ISBN, DOI and legal deposit are not in
-- the source, so none is invented). Its PDF is rendered at demo load, after this is committed.

update publication set licence = 'CC_BY_NC_ND'
where session_id = (select id from session where number = 34);

insert into publication_keyword (publication_id, position, keyword)
select p.id, k.position, k.keyword
from publication p,
     (values (1, 'coopération'), (2, 'emploi'), (3, 'formation professionnelle'),
             (4, 'développement économique'), (5, 'territoires'), (6, 'économie numérique')) as k (position, keyword)
where p.session_id = (select id from session where number = 34);
