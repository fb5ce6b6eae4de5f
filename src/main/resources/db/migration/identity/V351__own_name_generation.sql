-- ha19a (issue 19): the generation of people and accounts, shared by the nodes of a cluster. A node
-- that changed a person or an account advances it once its change has committed; every node reads it
-- every few seconds and, when it moved, reads the signed-in names again (identity.OwnName).
create sequence identity.own_name_generation;
grant usage, select, update on sequence identity.own_name_generation to ${app_role};
