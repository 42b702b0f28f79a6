-- What the grant agreement of a project awarded (issue 14, the grant in numbers): one row per project.
create table grant_award (
    project_id        bigint                   not null primary key references project (id),
    amount            numeric(14, 2)           not null,
    currency          varchar(3)               not null,
    agreement_number  varchar(100)             not null,
    signed_on         date                     not null,
    conditions        varchar(4000),
    recorded_by       varchar(200)             not null,
    recorded_at       timestamp with time zone not null
);
