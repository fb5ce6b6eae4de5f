-- Account administrators now add cooperation domains (the access policy decides who); a domain is
-- never deleted, so no delete is granted: retired ones stay for the agreements that cite them.
grant insert on agreements.domain to ${app_role};
