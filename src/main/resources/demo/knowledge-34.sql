-- What the 34th session's fictional cohort wrote during the year, the practices drawn from it and the
-- recommendations of the book. Everything here is illustrative: the notes are invented, the practices
-- are the kinds the source names (employer groups, cooperatives, the "liberated" company, territorial
-- experiments) told of fictional organisations, and each practice says so in its first line.
-- Loaded after session-34.sql, in the same transaction.

-- 1. The cogestion hearing in Munich was held under the Chatham House rule.

update activity set chatham_house = true
where title = 'Cogestion et comités d''entreprise : le partenariat social à l''allemande';

-- 2. Notes, testimonies and a group synthesis (authors found by e-mail, activities by title)

create temporary table demo_note (
    n integer, activity_title text, kind text, title text, body text, visibility text, approved boolean
) on commit drop;

insert into demo_note values
(1, 'Le Groupement d''employeurs Modèle : partager l''emploi sur un territoire', 'NOTE',
 'Ce que partage un groupement d''employeurs',
 'Accueillis par l''équipe du **Groupement d''employeurs Modèle** (exemple fictif), nous avons vu comment une quarantaine d''entreprises d''un même bassin partagent des salariés.

## Ce que nous avons retenu

- Le groupement est l''employeur unique : les salariés ont un seul contrat, à temps plein, et travaillent pour deux ou trois adhérents selon les saisons.
- Les exploitations maraîchères emploient l''été, les stations de sports d''hiver l''hiver : ensemble, elles offrent un emploi à l''année que ni l''une ni l''autre ne pouvait offrir seule.
- La formation est mutualisée : le groupement finance un parcours commun, qu''aucun adhérent n''aurait payé pour un salarié présent trois mois.

## Questions restées ouvertes

Qui porte le risque quand un adhérent ne paie pas ? La responsabilité solidaire des adhérents rassure les salariés, mais elle freine l''adhésion des plus petites entreprises.',
 'COHORT', false),
(2, 'Visite de la SCOP Exemple : gouverner une entreprise coopérative', 'NOTE',
 'Gouverner une SCOP : un associé, une voix',
 'Dans une **SCOP**, les salariés détiennent la majorité du capital et des voix. La gérante nous a expliqué que chaque associé pèse le même poids à l''assemblée générale, quel que soit le capital apporté.

Ce qui frappe : les décisions stratégiques prennent plus de temps, mais elles sont mieux appliquées, parce que ceux qui les appliquent les ont votées. Une part des bénéfices est mise en réserve chaque année ; elle a permis de traverser deux années difficiles sans licenciement.',
 'PUBLIC', true),
(3, 'Visite de Prototype & Fils, une entreprise « libérée »', 'TESTIMONY',
 'L''entreprise « libérée », vue par un président et une déléguée syndicale',
 'Nous étions deux à prendre des notes, avec des regards différents.

**Côté direction** : la suppression de deux échelons hiérarchiques a rapproché les décisions du terrain ; les équipes fixent elles-mêmes leurs horaires et choisissent leurs outils.

**Côté représentants du personnel** : la liberté est réelle, mais elle déplace la charge ; sans instance où discuter de la charge de travail, l''autonomie peut devenir une pression de plus. Le dialogue social reste indispensable, même dans une entreprise sans chefs.',
 'COHORT', false),
(4, 'Expérimentations territoriales pour l''emploi : table ronde avec élus et services de l''État', 'NOTE',
 'Expérimenter à l''échelle d''un bassin d''emploi',
 'Élus et services de l''État ont décrit des expérimentations conduites à l''échelle d''un bassin : un comité local réunit la commune, les entreprises, les syndicats et le service public de l''emploi, et décide ensemble des emplois à créer pour les personnes privées d''emploi depuis longtemps.

Leur condition commune : un droit à l''expérimentation accordé par l''État, pour une durée fixée, avec une évaluation prévue dès le départ.',
 'COHORT', false),
(5, 'Cogestion et comités d''entreprise : le partenariat social à l''allemande', 'NOTE',
 'Cogestion : ce que décide vraiment un comité d''entreprise allemand',
 'L''intervenant, élu d''un comité d''entreprise (*Betriebsrat*) d''un grand industriel, a décrit un droit de codécision sur les horaires, les primes et l''organisation du travail, et non une simple consultation.

Ce qui nous a frappés : pendant la crise de 2009, l''accord sur le chômage partiel a été négocié dans l''entreprise en quelques jours, parce que la confiance existait déjà.',
 'COHORT', false),
(6, 'Visite de la SCOP Exemple : gouverner une entreprise coopérative', 'NOTE',
 'Idées à creuser pour mon entreprise',
 'Notes personnelles : regarder si une part de réserve impartageable serait possible chez nous ; en parler au conseil.',
 'ONLY_US', false),
(7, 'Visite de l''usine Autowerk Muster : apprentissage dual et usine connectée', 'NOTE',
 'L''apprentissage dual vu de l''atelier',
 'Dans l''usine, un apprenti passe trois jours par semaine à l''atelier et deux à l''école professionnelle. Les chambres consulaires, les syndicats et les employeurs écrivent ensemble le contenu des formations.

Les tuteurs sont formés et reconnus : être tuteur est une étape de carrière, pas une charge de plus.',
 'COHORT', false),
(8, 'Travail en groupes : les conditions de la coopération', 'SYNTHESIS',
 'Synthèse du groupe : trois conditions de la coopération',
 'Après les visites de Nantes, notre groupe retient trois conditions communes aux coopérations observées :

1. **Un intérêt partagé et dit** : chacun sait ce qu''il y gagne.
2. **Un lieu où discuter des désaccords**, y compris de la charge de travail.
3. **Du temps** : aucune des coopérations vues n''a moins de cinq ans.',
 'COHORT', false);

create temporary table demo_note_author (n integer, email text) on commit drop;

insert into demo_note_author values
    (1, 'anne.simulacre@example.org'), (1, 'pierre.croquis@example.org'),
    (2, 'nathalie.demo@example.org'),
    (3, 'julien.fictif@example.org'), (3, 'celine.ebauche@example.org'),
    (4, 'martine.fictif-canevas@example.org'),
    (5, 'philippe.maquette@example.org'),
    (6, 'thomas.imaginaire@example.org'),
    (7, 'valerie.esquisse@example.org'),
    (8, 'camille.exemple@example.org'), (8, 'philippe.maquette@example.org'), (8, 'catherine.schema@example.org'),
    (8, 'vincent.modele-croquis@example.org'), (8, 'emilie.esquisse-fictif@example.org');

insert into contribution (session_number, activity_id, seminar_id, kind, title, body, visibility,
                          approval_requested_at, approved_at, created_at, updated_at, revision)
select 34, a.id, s.id, n.kind, n.title, n.body, n.visibility,
       case when n.visibility = 'PUBLIC' then a.ends_at + interval '2 days' end,
       case when n.approved then a.ends_at + interval '3 days' end,
       a.ends_at + interval '1 hour', a.ends_at + interval '1 day', 1
from demo_note n
join activity a on a.title = n.activity_title
join seminar s on s.id = a.seminar_id
join session se on se.id = s.session_id and se.number = 34
order by n.n;

insert into contribution_author (contribution_id, person_id)
select c.id, p.id
from demo_note_author na
join demo_note n on n.n = na.n
join contribution c on c.title = n.title and c.session_number = 34
join person p on lower(p.email) = na.email;

-- The approved note was approved by the book's first coordinator.
update contribution set approved_by_person_id = (select id from person where family_name = 'Rosenfeld')
where session_number = 34 and approved_at is not null;

insert into contribution_version (contribution_id, number, title, body, saved_by_person_id, saved_at)
select c.id, 1, c.title, c.body, (select min(person_id) from contribution_author where contribution_id = c.id), c.updated_at
from contribution c where c.session_number = 34;

-- 3. Practices, each drawn from a note's passage (kept with its context) or a visit

create temporary table demo_practice (
    n integer, title text, type_fr text, territory_kind text, territory_code text, region_code text,
    started_on date, stage text, evidence text, status text, description text, resources text, results text,
    limits text, transferability text
) on commit drop;

insert into demo_practice values
(1, 'Un groupement d''employeurs qui fait un emploi à l''année de deux emplois saisonniers',
 'Groupement d’employeurs (GE, GEIQ)', 'DEPARTMENT', '44', '52', date '2008-01-01', 'SPREAD', 'MEASURED_MONITORING', 'PUBLISHED',
 '*Exemple fictif, à visée d''illustration.* Des exploitations maraîchères, qui emploient l''été, et des stations de sports d''hiver, qui emploient l''hiver, adhèrent à un même groupement d''employeurs. Le groupement embauche les salariés à temps plein et les met à disposition de ses adhérents au fil des saisons.',
 'Une équipe de trois personnes au groupement ; une cotisation des adhérents proportionnelle aux heures utilisées.',
 'Quarante adhérents et soixante salariés à temps plein, dont la moitié étaient auparavant en contrats saisonniers successifs.',
 'La responsabilité solidaire des adhérents freine l''entrée des très petites entreprises.',
 'Deux activités aux saisons complémentaires sur un même bassin de vie, et une structure d''appui pour démarrer.'),
(2, 'Une SCOP où chaque associé pèse une voix',
 'Coopérative (SCOP, SCIC)', 'DEPARTMENT', '44', '52', date '1998-01-01', 'RUNNING', 'CASE_STUDY', 'PUBLISHED',
 '*Exemple fictif, à visée d''illustration.* Les salariés détiennent la majorité du capital et des voix ; chaque associé a une voix à l''assemblée générale, quel que soit son apport. Une part des bénéfices va chaque année aux réserves impartageables.',
 'La formation des nouveaux associés à la gestion ; du temps pour les assemblées.',
 'Deux années difficiles traversées sans licenciement grâce aux réserves.',
 'Les décisions stratégiques prennent plus de temps.',
 'Un projet d''entreprise que les salariés veulent porter, et un accompagnement par une union régionale des SCOP.'),
(3, 'Une entreprise « libérée » qui garde une instance de dialogue sur la charge de travail',
 'Entreprise libérée', 'DEPARTMENT', '44', '52', date '2012-01-01', 'RUNNING', 'TESTIMONY', 'PUBLISHED',
 '*Exemple fictif, à visée d''illustration.* Deux échelons hiérarchiques ont été supprimés ; les équipes fixent leurs horaires et choisissent leurs outils. Une instance paritaire se réunit chaque mois sur la charge de travail.',
 'Un an d''accompagnement du changement ; la formation des anciens encadrants à un rôle d''appui.',
 'Des décisions plus proches du terrain, selon la direction comme selon les représentants du personnel.',
 'Sans instance de dialogue, l''autonomie peut devenir une pression de plus.',
 'Une direction qui accepte de partager la décision, et un dialogue social maintenu.'),
(4, 'Un comité local pour l''emploi qui décide des emplois à créer',
 'Expérimentation territoriale', 'DEPARTMENT', '59', '32', date '2016-01-01', 'RUNNING', 'DOCUMENTED_EVALUATION', 'PUBLISHED',
 '*Exemple fictif, à visée d''illustration.* À l''échelle d''un bassin d''emploi, un comité réunit la commune, les entreprises, les syndicats et le service public de l''emploi ; il décide ensemble des emplois utiles au territoire à créer pour les personnes privées d''emploi depuis longtemps.',
 'Un droit à l''expérimentation accordé par l''État pour cinq ans ; des crédits redéployés des allocations.',
 'Une évaluation à mi-parcours documente les embauches et leurs coûts.',
 'Le modèle dépend du maintien des crédits au-delà de l''expérimentation.',
 'Un cadre légal d''expérimentation, des élus engagés et une évaluation prévue dès le départ.'),
(5, 'L''apprentissage dual écrit ensemble par les chambres, les syndicats et les employeurs',
 'Dispositif de formation mutualisé', 'COUNTRY', 'DE', null, null, 'SPREAD', 'ROBUST_EVALUATION', 'PUBLISHED',
 '*Exemple fictif, à visée d''illustration, inspiré de ce que la promotion a vu en Bavière.* L''apprenti partage sa semaine entre l''atelier et l''école professionnelle ; les contenus sont écrits ensemble par les chambres consulaires, les syndicats et les employeurs.',
 'Des tuteurs formés et reconnus dans l''entreprise.',
 'Des évaluations comparatives montrent une insertion plus rapide des jeunes apprentis.',
 'Le système suppose un tissu dense d''entreprises formatrices.',
 'Une gouvernance paritaire des contenus et la reconnaissance du rôle de tuteur.'),
(6, 'Une plateforme de mobilité partagée entre entreprises d''une zone d''activité',
 'Cluster ou pôle de compétitivité', 'DEPARTMENT', '13', '93', null, 'IDEA', 'TESTIMONY', 'DRAFT',
 '*Exemple fictif, brouillon de la coordination.* Des entreprises d''une même zone d''activité mutualisent le transport de leurs salariés.',
 null, null, null, null);

insert into practice (title, type_id, territory_kind, territory_code, region_code, started_on, stage, description, resources,
                      results, limits, transferability, evidence, session_number, status, created_at, updated_at)
select d.title, t.id, d.territory_kind, d.territory_code, d.region_code, d.started_on, d.stage, d.description, d.resources,
       d.results, d.limits, d.transferability, d.evidence, 34, d.status,
       timestamp '2016-05-02 10:00' + d.n * interval '1 day', timestamp '2016-06-10 10:00' + d.n * interval '1 day'
from demo_practice d
join taxonomy_term t on t.taxonomy = 'PRACTICE_TYPE' and t.name_fr = d.type_fr
order by d.n;

insert into practice_domain (practice_id, term_id)
select p.id, t.id
from (values (1, 'Emploi'), (1, 'Formation professionnelle'), (2, 'Organisation du travail'), (2, 'Développement économique'),
             (3, 'Organisation du travail'), (3, 'Dialogue social'), (4, 'Emploi'), (4, 'Insertion'),
             (5, 'Formation professionnelle'), (5, 'Dialogue social'), (6, 'Emploi')) as v (n, domain)
join demo_practice d on d.n = v.n
join practice p on p.title = d.title
join taxonomy_term t on t.taxonomy = 'DOMAIN' and t.name_fr = v.domain;

insert into practice_target_public (practice_id, term_id)
select p.id, t.id
from (values (1, 'Salariés'), (1, 'Très petites et moyennes entreprises'), (2, 'Salariés'), (3, 'Salariés'),
             (4, 'Demandeurs d’emploi'), (4, 'Collectivités territoriales'), (5, 'Jeunes'), (6, 'Salariés')) as v (n, public)
join demo_practice d on d.n = v.n
join practice p on p.title = d.title
join taxonomy_term t on t.taxonomy = 'TARGET_PUBLIC' and t.name_fr = v.public;

insert into practice_organisation (practice_id, organisation_id)
select p.id, o.id
from (values (1, 'GE Modèle'), (2, 'SCOP Exemple'), (3, 'Prototype & Fils'), (4, 'Région Exemple'), (5, 'Autowerk Muster')) as v (n, org)
join demo_practice d on d.n = v.n
join practice p on p.title = d.title
join organisation o on o.short_name = v.org;

-- Sources: the passage of a note (exact words, a few words before and after), or the visit itself.
insert into practice_source (practice_id, position, kind, contribution_id, quote_exact, quote_prefix, quote_suffix, activity_id)
select p.id, 1, 'CONTRIBUTION', c.id, v.exact, v.prefix, v.suffix, null
from (values
    (1, 'Ce que partage un groupement d''employeurs',
     'ensemble, elles offrent un emploi à l''année que ni l''une ni l''autre ne pouvait offrir seule',
     'stations de sports d''hiver l''hiver : ', '. La formation est mutualisée'),
    (2, 'Gouverner une SCOP : un associé, une voix',
     'les décisions stratégiques prennent plus de temps, mais elles sont mieux appliquées, parce que ceux qui les appliquent les ont votées',
     'Ce qui frappe : ', '. Une part des bénéfices'),
    (3, 'L''entreprise « libérée », vue par un président et une déléguée syndicale',
     'sans instance où discuter de la charge de travail, l''autonomie peut devenir une pression de plus',
     'mais elle déplace la charge ; ', '. Le dialogue social reste'),
    (4, 'Expérimenter à l''échelle d''un bassin d''emploi',
     'un droit à l''expérimentation accordé par l''État, pour une durée fixée, avec une évaluation prévue dès le départ',
     'Leur condition commune : ', '.'),
    (5, 'L''apprentissage dual vu de l''atelier',
     'Les chambres consulaires, les syndicats et les employeurs écrivent ensemble le contenu des formations',
     'deux à l''école professionnelle. ', '. Les tuteurs sont formés')
) as v (n, note, exact, prefix, suffix)
join demo_practice d on d.n = v.n
join practice p on p.title = d.title
join contribution c on c.title = v.note and c.session_number = 34;

insert into practice_source (practice_id, position, kind, activity_id)
select p.id, 2, 'ACTIVITY', a.id
from (values (1, 'Le Groupement d''employeurs Modèle : partager l''emploi sur un territoire'),
             (2, 'Visite de la SCOP Exemple : gouverner une entreprise coopérative'),
             (3, 'Visite de Prototype & Fils, une entreprise « libérée »'),
             (4, 'Expérimentations territoriales pour l''emploi : table ronde avec élus et services de l''État'),
             (5, 'Visite de l''usine Autowerk Muster : apprentissage dual et usine connectée')) as v (n, activity)
join demo_practice d on d.n = v.n
join practice p on p.title = d.title
join activity a on a.title = v.activity;

-- 4. Recommendations of chapter 3

create temporary table demo_recommendation (n integer, title text, text text, rationale text, conditions text) on commit drop;

insert into demo_recommendation values
(1, 'Ouvrir les groupements d''employeurs aux collectivités territoriales',
 'Permettre aux communes et à leurs groupements d''adhérer à un groupement d''employeurs aux côtés des entreprises, pour partager des emplois à l''année sur un même bassin.',
 'Les emplois saisonniers du public et du privé se complètent souvent ; les partager crée des emplois stables.',
 'Une responsabilité solidaire adaptée aux collectivités, et un accompagnement au démarrage.'),
(2, 'Donner aux territoires un droit à l''expérimentation pour l''emploi',
 'Accorder par la loi, pour une durée fixée, un droit à l''expérimentation aux bassins d''emploi qui réunissent élus, entreprises, syndicats et service public de l''emploi autour d''un projet.',
 'Les coopérations observées sont nées d''initiatives locales que le droit commun ne prévoyait pas.',
 'Une évaluation prévue dès le départ, et la garantie des crédits pendant toute la durée.'),
(3, 'Garder un lieu de dialogue social dans les organisations qui se libèrent',
 'Quand une entreprise supprime des échelons ou se transforme en coopérative, maintenir une instance où direction et représentants du personnel discutent de la charge et de l''organisation du travail.',
 'Partout où la promotion a vu la coopération durer, un lieu permettait de dire les désaccords.',
 'Des représentants du personnel formés à ces organisations nouvelles.');

insert into recommendation (title, text, rationale, conditions, chapter_id, session_number, status, created_at, updated_at)
select r.title, r.text, r.rationale, r.conditions,
       (select c.id from chapter c join publication p on p.id = c.publication_id
        join session s on s.id = p.session_id where s.number = 34 and c.ordinal = 3),
       34, 'PUBLISHED', timestamp '2016-06-21 17:00' + r.n * interval '1 hour', timestamp '2016-06-22 12:00'
from demo_recommendation r order by r.n;

insert into recommendation_addressee (recommendation_id, addressee)
select rc.id, v.addressee
from (values (1, 'STATE'), (1, 'LOCAL_AUTHORITIES'), (2, 'STATE'), (2, 'LOCAL_AUTHORITIES'), (2, 'SOCIAL_PARTNERS'),
             (3, 'COMPANIES'), (3, 'SOCIAL_PARTNERS')) as v (n, addressee)
join demo_recommendation r on r.n = v.n
join recommendation rc on rc.title = r.title;

insert into recommendation_practice (recommendation_id, practice_id)
select rc.id, p.id
from (values (1, 1), (2, 4), (3, 2), (3, 3)) as v (r, pr)
join demo_recommendation r on r.n = v.r
join recommendation rc on rc.title = r.title
join demo_practice d on d.n = v.pr
join practice p on p.title = d.title;

-- 5. Chapters 2 and 3 of the book embed the cards of these practices and recommendations.

update chapter c set body = c.summary || E'\n\n'
    || E'## Partager l''emploi sur un territoire\n\n'
    || E'À Nantes, la promotion a vu des entreprises que tout séparait partager leurs salariés.\n\n'
    || '::practice[' || (select p.id from practice p where p.title like 'Un groupement d''employeurs%') || E']\n\n'
    || E'## Gouverner ensemble\n\n'
    || E'Dans une coopérative comme dans une entreprise « libérée », la décision se partage, et le dialogue social change de forme sans disparaître.\n\n'
    || '::practice[' || (select p.id from practice p where p.title like 'Une SCOP%') || E']\n\n'
    || '::practice[' || (select p.id from practice p where p.title like 'Une entreprise « libérée »%') || E']\n\n'
    || E'## Apprendre des voisins\n\n'
    || E'En Bavière, la formation professionnelle s''écrit à plusieurs.\n\n'
    || '::practice[' || (select p.id from practice p where p.title like 'L''apprentissage dual%') || E']\n'
from publication p join session s on s.id = p.session_id
where c.publication_id = p.id and s.number = 34 and c.ordinal = 2;

update chapter c set body = c.summary || E'\n\n'
    || E'## Expérimenter\n\n'
    || '::practice[' || (select p.id from practice p where p.title like 'Un comité local%') || E']\n\n'
    || '::recommendation[' || (select r.id from recommendation r where r.title like 'Donner aux territoires%') || E']\n\n'
    || E'## Partager\n\n'
    || '::recommendation[' || (select r.id from recommendation r where r.title like 'Ouvrir les groupements%') || E']\n\n'
    || E'## Garder un lieu pour les désaccords\n\n'
    || '::recommendation[' || (select r.id from recommendation r where r.title like 'Garder un lieu%') || E']\n'
from publication p join session s on s.id = p.session_id
where c.publication_id = p.id and s.number = 34 and c.ordinal = 3;
