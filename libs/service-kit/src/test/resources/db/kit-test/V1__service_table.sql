create table things (id text primary key);
