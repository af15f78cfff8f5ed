-- Chapter versions and comments name their author by the directory's person instead of a login
-- address: pages show the author's name, and once the author is erased they read as the anonymised
-- person, with no address left behind. Addresses are matched to the account's person, then to a
-- person with that address; one that matches nobody leaves the author unknown.
alter table chapter_version add column author_person_id bigint references person (id);
alter table chapter_comment add column author_person_id bigint references person (id);

update chapter_version v set author_person_id = coalesce(
        (select a.person_id from account a where lower(a.email) = lower(v.author_email)),
        (select p.id from person p where lower(p.email) = lower(v.author_email)))
    where v.author_email is not null;
update chapter_comment c set author_person_id = coalesce(
        (select a.person_id from account a where lower(a.email) = lower(c.author_email)),
        (select p.id from person p where lower(p.email) = lower(c.author_email)));

alter table chapter_version drop column author_email;
alter table chapter_comment drop column author_email;
create index chapter_version_author_idx on chapter_version (author_person_id) where author_person_id is not null;
create index chapter_comment_author_idx on chapter_comment (author_person_id) where author_person_id is not null;
