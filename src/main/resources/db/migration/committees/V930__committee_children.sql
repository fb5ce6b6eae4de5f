-- committee33 (issue 20): the committee page reads the committee's sub-committees by parent_id on
-- every view, and parent_id had no index: on the 51k set (287 committees) the read scanned the whole
-- table each time, the page's costliest read after the audit insert (pg_stat_statements, stop 32).
create index committee_parent on committees.committee (parent_id);
