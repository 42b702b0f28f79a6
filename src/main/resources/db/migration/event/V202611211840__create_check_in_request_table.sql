-- Every check-in action a device sent, by its client nonce: repeating a nonce (a retry, a double
-- tap, a lost answer) changes nothing and gets the first answer again. Refusals are not kept: they
-- changed nothing, so asking again is harmless.
create table event_check_in_request (
    event_id        bigint                   not null,
    nonce           varchar(100)             not null,
    registration_id bigint                   not null,
    attendance_day  date                     not null,
    action          varchar(20)              not null,
    outcome         varchar(30)              not null,
    present_since   timestamp with time zone,
    processed_at    timestamp with time zone not null,
    processed_by    bigint,
    constraint event_check_in_request_pk primary key (event_id, nonce),
    constraint event_check_in_request_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_check_in_request_registration_fk foreign key (registration_id) references event_registration (id) on delete cascade
);

create index event_check_in_request_recent_ix on event_check_in_request (event_id, processed_at);
