-- Issue 12: a lock may also be keyed 'pair:<address> <email>' (an e-mail from one client address),
-- up to 5 + 64 + 1 + 254 characters.
alter table sign_in_lock alter column lock_key set data type varchar(400);
