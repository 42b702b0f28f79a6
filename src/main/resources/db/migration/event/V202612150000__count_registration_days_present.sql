-- The number of days each registration was present, kept in its row. AttendanceRecords adds or
-- removes one in the transaction that adds or removes an event_attendance row, so it always equals
-- the registration's rows there. The counts of people present on at least one day (the dashboards,
-- the grant forecast's per-partner count) read days_present > 0 from the registrations instead of
-- looking up each confirmed registration's attendance (45,619 lookups for one organisation's
-- dashboard on the EU-size data set).
alter table event_registration add column days_present int default 0 not null;

update event_registration r
   set days_present = (select count(*) from event_attendance a where a.registration_id = r.id)
 where exists (select 1 from event_attendance a where a.registration_id = r.id);

-- The counts per event and country, and per delegation, read from these indexes alone.
create index event_registration_turnout_ix on event_registration (event_id, status, country, days_present);
create index event_registration_delegation_turnout_ix on event_registration (delegation_id, status, days_present);
