-- Issue 12: submissions of public forms per form, client address and fixed window
-- (PublicFormRateLimiter); rows of past windows are deleted by a job.
create table public_form_rate (
    form_key       varchar(100)             not null,
    client_address varchar(64)              not null,
    window_start   timestamp with time zone not null,
    hits           integer                  not null,
    primary key (form_key, client_address, window_start)
);

create index public_form_rate_window_ix on public_form_rate (window_start);
