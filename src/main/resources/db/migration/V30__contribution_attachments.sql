-- A contribution's attachments: PDF documents and PNG or JPEG images, recognised by their bytes.
-- Kept in the database, so that every node serves them.
create table contribution_attachment (
    id                 bigserial     primary key,
    contribution_id    bigint        not null references contribution (id) on delete cascade,
    file_name          varchar(255)  not null,
    content_type       varchar(100)  not null,
    size_bytes         bigint        not null,
    sha256             varchar(64)   not null,
    content            bytea         not null,
    added_by_person_id bigint,
    added_at           timestamptz   not null
);

create index contribution_attachment_contribution on contribution_attachment (contribution_id);
