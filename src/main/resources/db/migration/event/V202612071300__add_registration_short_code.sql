-- The short check-in code a person reads out or types at the door (CheckInCode): eight characters
-- without 0/O/1/I/L, unique within the event. check_in_code stays the secret inside the signed QR
-- token. Existing registrations get a code made from their random check_in_code (URL-safe Base64),
-- each of its 64 characters mapped onto the 31 of the alphabet; new ones get a fresh random code.
alter table event_registration add column short_code varchar(8);

update event_registration
   set short_code = translate(substring(check_in_code, 1, 8),
                              'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
                              'ABCDEFGHJKMNPQRSTUVWXYZ23456789ABCDEFGHJKMNPQRSTUVWXYZ23456789AB');

alter table event_registration alter column short_code set not null;

alter table event_registration add constraint event_registration_short_code_uq unique (event_id, short_code);
