-- The address a reply goes to when it is not the sender's (the partner-notice relay: the visitor
-- who wrote the message), or null.
alter table mail_outbox add column reply_to varchar(320);
