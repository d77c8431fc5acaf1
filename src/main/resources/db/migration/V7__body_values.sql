-- What each event's body says towards its news value (topic words of its lead and of the rest, toll, money at
-- stake, sentences), kept beside its analysis so that ranking a large day reads neither bodies nor analyses.
-- Written with the analysis; NULL for an analysis stored before it, which is then made again when needed.
ALTER TABLE event_analysis ADD COLUMN body_value VARCHAR(2000);
