-- When the public pages change by themselves (PublicChangeHorizon) asks for the next registration
-- opening or closing after now: read by these indexes from now on instead of every event's settings
-- (60,000 on the EU-size data set; 30 ms each time the public data changes).
create index event_registration_settings_opens_ix on event_registration_settings (opens_at);
create index event_registration_settings_closes_ix on event_registration_settings (closes_at);
