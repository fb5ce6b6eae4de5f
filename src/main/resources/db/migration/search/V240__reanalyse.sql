-- The analysis changed (names joined, ب ك ل ف and the relative adjective's ending, attachments'
-- text): forgetting the last rebuild makes the next start rebuild every entry (SearchRebuild).
delete from search.rebuild;
