-- notify18d (issue 18): who did what a notification tells (the comment's author, for a mention or a
-- comment on a watched record), so that the notifications page names them, by the person their
-- account belongs to as the reader may know them, never by the login. Null when no one in
-- particular did it (a reminder, a decision told by the nation).
alter table notifications.notification add column actor text check (actor = lower(actor));
