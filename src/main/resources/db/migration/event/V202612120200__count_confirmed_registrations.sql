-- The number of the event's confirmed registrations, kept in its settings row. Every change of a
-- registration's status changes it in the same transaction (RegistrationStore), so it always equals
-- the count of CONFIRMED rows. A registration takes its place with one conditional update of this
-- column just before it commits (confirmed < capacity), so the settings row is locked only for the
-- commit, not while the registration is checked, stored and its mail written.
alter table event_registration_settings add column confirmed int default 0 not null;

update event_registration_settings s
   set confirmed = (select count(*) from event_registration r where r.event_id = s.event_id and r.status = 'CONFIRMED');
