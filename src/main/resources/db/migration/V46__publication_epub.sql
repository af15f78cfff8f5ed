-- The EPUB edition the catalogue serves beside the PDF, rendered with it from the same chapters:
-- a path relative to the data folder (COHORTE_DATA_DIR)/publications, as for the PDF.
create table publication_epub (
    publication_id bigint        primary key references publication (id) on delete cascade,
    path           varchar(500)  not null,
    size_bytes     bigint        not null check (size_bytes > 0),
    sha256         varchar(64)   not null,
    stored_at      timestamp with time zone not null
);

-- Downloads are counted per edition; the days counted so far were all the PDF's.
alter table publication_download add column format varchar(10) not null default 'PDF' check (format in ('PDF', 'EPUB'));
alter table publication_download drop constraint publication_download_pkey;
alter table publication_download add primary key (publication_id, format, day);
