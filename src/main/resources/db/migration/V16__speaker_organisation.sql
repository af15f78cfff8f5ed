-- A speaker is shown with the organisation they belonged to when they were booked, not the one
-- they moved to later: the programme of a past session must read as it was.

alter table activity_speaker
    add column organisation_id bigint references organisation (id) on delete set null;

update activity_speaker sp set organisation_id = p.organisation_id
from person p where p.id = sp.person_id;

create index activity_speaker_organisation_idx on activity_speaker (organisation_id) where organisation_id is not null;

-- Filled by the database at booking, whatever writes the row (the editor, the API, the demo, a merge
-- moving the booking to the kept record keeps what was recorded).
create function activity_speaker_organisation_at_booking() returns trigger
language plpgsql as $$
begin
    if new.organisation_id is null then
        select organisation_id into new.organisation_id from person where id = new.person_id;
    end if;
    return new;
end;
$$;

create trigger activity_speaker_organisation_at_booking
    before insert on activity_speaker
    for each row execute function activity_speaker_organisation_at_booking();
