-- The sections of a project's final report that its coordinator writes (the reporting module's
-- only table): the summary for publication, deviations and impact, one row per language written.
-- Project ids and user ids of other modules, no foreign keys across modules.
create table report_section (
    project_id      bigint                   not null,
    kind            varchar(16)              not null,
    language        varchar(2)               not null,
    body            varchar(20000)           not null,
    updated_at      timestamp with time zone not null,
    updated_by      bigint,
    updated_by_name varchar(200),
    constraint report_section_pk primary key (project_id, kind, language),
    constraint report_section_kind check (kind in ('SUMMARY', 'DEVIATIONS', 'IMPACT')),
    constraint report_section_language check (language in ('lv', 'en'))
);
