-- The public site's coming events (the home's next six, the site calendar's 200) are those that end
-- today or later: read by this index instead of every event (60,000 on the EU-size data set).
create index event_end_ix on event (end_date);
