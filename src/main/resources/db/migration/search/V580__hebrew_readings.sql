-- search17f: a Hebrew word is indexed under each of its readings (with and without the prefixes
-- Hebrew's grammar allows, one common ending taken off, final letters in their ordinary form), so
-- that הכשרה finds ההכשרות and הכשרת. Forgetting the last rebuild makes the next start rebuild every
-- entry with the new analysis (SearchRebuild).
delete from search.rebuild;
